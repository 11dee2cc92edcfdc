import { sql } from "drizzle-orm";
import type { Db } from "./connect";
import { products, type NewProduct } from "./schema";

const catalog: NewProduct[] = [
  {
    slug: "milk-tea-cup",
    name: { en: "Enamel Milk Tea Cup", "zh-HK": "搪瓷奶茶杯", "zh-CN": "搪瓷奶茶杯" },
    description: {
      en: "The cha chaan teng classic: a chip-resistant enamel cup and saucer for a silky-smooth Hong Kong milk tea.",
      "zh-HK": "茶餐廳經典：耐用搪瓷杯連碟，沖一杯香滑港式奶茶。",
      "zh-CN": "茶餐厅经典：耐用搪瓷杯连碟，冲一杯香滑港式奶茶。",
    },
    priceCents: 8800,
    imagePath: "/products/milk-tea-cup.svg",
  },
  {
    slug: "star-ferry-tote",
    name: { en: "Star Ferry Canvas Tote", "zh-HK": "天星小輪帆布袋", "zh-CN": "天星小轮帆布袋" },
    description: {
      en: "Heavy cotton canvas with the green-and-white ferry stripes. Fits a laptop and the day's groceries.",
      "zh-HK": "厚身棉帆布，印上綠白小輪間條，放得下手提電腦同一日嘅餸菜。",
      "zh-CN": "厚实棉帆布，印上绿白小轮条纹，放得下笔记本电脑和一天的菜。",
    },
    priceCents: 16800,
    imagePath: "/products/star-ferry-tote.svg",
  },
  {
    slug: "jasmine-tea",
    name: { en: "Jasmine Tea Tin", "zh-HK": "茉莉花茶罐", "zh-CN": "茉莉花茶罐" },
    description: {
      en: "100 g of jasmine green tea, scented seven times, in a resealable tin.",
      "zh-HK": "一百克七窨茉莉綠茶，密封茶罐裝。",
      "zh-CN": "一百克七窨茉莉绿茶，密封茶罐装。",
    },
    priceCents: 12800,
    imagePath: "/products/jasmine-tea.svg",
  },
  {
    slug: "dim-sum-notebook",
    name: { en: "Dim Sum Notebook", "zh-HK": "點心筆記簿", "zh-CN": "点心笔记本" },
    description: {
      en: "A5 dotted notebook, 160 pages, with a har gow on the cover.",
      "zh-HK": "A5 點格筆記簿，一百六十頁，封面有粒蝦餃。",
      "zh-CN": "A5 点格笔记本，一百六十页，封面有只虾饺。",
    },
    priceCents: 4500,
    imagePath: "/products/dim-sum-notebook.svg",
  },
  {
    slug: "neon-sign-lamp",
    name: { en: "Neon Sign Desk Lamp", "zh-HK": "霓虹招牌枱燈", "zh-CN": "霓虹招牌台灯" },
    description: {
      en: "A warm LED glow in the style of the old Nathan Road signs. USB powered.",
      "zh-HK": "仿彌敦道舊霓虹招牌嘅暖色 LED 燈，USB 供電。",
      "zh-CN": "仿弥敦道旧霓虹招牌的暖色 LED 灯，USB 供电。",
    },
    priceCents: 42000,
    imagePath: "/products/neon-sign-lamp.svg",
  },
  {
    slug: "bamboo-steamer",
    name: { en: "Bamboo Steamer", "zh-HK": "竹蒸籠", "zh-CN": "竹蒸笼" },
    description: {
      en: "Two-tier 20 cm steamer with lid, hand-woven bamboo.",
      "zh-HK": "二十厘米雙層連蓋蒸籠，人手編織竹製。",
      "zh-CN": "二十厘米双层带盖蒸笼，手工编织竹制。",
    },
    priceCents: 9900,
    imagePath: "/products/bamboo-steamer.svg",
  },
  {
    slug: "tram-model",
    name: { en: "Ding Ding Tram Model", "zh-HK": "叮叮電車模型", "zh-CN": "叮叮电车模型" },
    description: {
      en: "1:76 die-cast model of a Hong Kong double-decker tram, with display base.",
      "zh-HK": "一比七十六合金香港雙層電車模型，連展示座。",
      "zh-CN": "一比七十六合金香港双层电车模型，附展示座。",
    },
    priceCents: 35800,
    imagePath: "/products/tram-model.svg",
  },
  {
    slug: "egg-waffle-pan",
    name: { en: "Egg Waffle Pan", "zh-HK": "雞蛋仔烤盤", "zh-CN": "鸡蛋仔烤盘" },
    description: {
      en: "Cast aluminium pan for bubble-shaped egg waffles on any stove.",
      "zh-HK": "鑄鋁烤盤，任何爐頭都整到香脆雞蛋仔。",
      "zh-CN": "铸铝烤盘，任何炉灶都能做出香脆鸡蛋仔。",
    },
    priceCents: 26800,
    imagePath: "/products/egg-waffle-pan.svg",
  },
  {
    slug: "typhoon-umbrella",
    name: { en: "Typhoon Umbrella", "zh-HK": "防風雨傘", "zh-CN": "防风雨伞" },
    description: {
      en: "Double-canopy umbrella with a fibreglass frame, built for signal No. 3 days.",
      "zh-HK": "雙層傘面加玻璃纖維骨，三號風球都唔怕。",
      "zh-CN": "双层伞面加玻璃纤维骨，三号风球也不怕。",
    },
    priceCents: 19800,
    imagePath: "/products/typhoon-umbrella.svg",
  },
];

/** Idempotent: inserts missing products and refreshes the text and price of seeded ones. */
export async function seedCatalog(db: Db): Promise<number> {
  await db
    .insert(products)
    .values(catalog)
    .onConflictDoUpdate({
      target: products.slug,
      set: {
        name: sql`excluded.name`,
        description: sql`excluded.description`,
        priceCents: sql`excluded.price_cents`,
        imagePath: sql`excluded.image_path`,
      },
    });
  return catalog.length;
}

export const seededProductCount = catalog.length;
