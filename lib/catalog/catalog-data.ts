import type { LocalizedText, VariantKind } from "@/lib/db/schema";

/** The seeded catalog: plain data, read by the seed and by tests. Prices in integer HKD cents. */
export type SeedCategory = { slug: string; name: LocalizedText; description: LocalizedText };

export type SeedVariant = { sku: string; label: LocalizedText; priceCents: number; stock: number };

export type SeedProduct = {
  slug: string;
  category: string;
  name: LocalizedText;
  description: LocalizedText;
  imagePath: string;
  /** A product with one variant has a price and a stock of its own. */
} & ({ priceCents: number; stock: number } | { variantKind: VariantKind; variants: SeedVariant[] });

const t = (en: string, zhHK: string, zhCN: string): LocalizedText => ({ en, "zh-HK": zhHK, "zh-CN": zhCN });

export const seedCategories: SeedCategory[] = [
  {
    slug: "tea",
    name: t("Tea", "茶葉茶具", "茶叶茶具"),
    description: t("Leaves, tins and teapots for a proper cup.", "茶葉、茶罐與茶壺，沖一杯好茶。", "茶叶、茶罐和茶壶，泡杯好茶。"),
  },
  {
    slug: "kitchen",
    name: t("Kitchen & table", "廚房餐桌", "厨房餐桌"),
    description: t("Cha chaan teng classics for your own kitchen.", "在自家廚房重現茶餐廳經典。", "家里厨房也有茶餐厅经典。"),
  },
  {
    slug: "home",
    name: t("Home & light", "家居擺設", "家居摆设"),
    description: t("Neon, trams and small joys for the shelf.", "霓虹、電車與架上的小確幸。", "霓虹、电车和架上的小确幸。"),
  },
  {
    slug: "paper",
    name: t("Paper & desk", "文具紙品", "文具纸品"),
    description: t("Notebooks, postcards and red packets.", "筆記簿、明信片及利是封。", "笔记本、明信片和红包。"),
  },
  {
    slug: "out-and-about",
    name: t("Out & about", "外出用品", "出行用品"),
    description: t("Bags, umbrellas and things to wear in the city.", "城市生活的袋、傘及衣飾。", "包、伞和城市穿搭。"),
  },
];

const size = (sku: string, en: string, zh: string | [string, string], priceCents: number, stock: number): SeedVariant => ({
  sku,
  label: typeof zh === "string" ? t(en, zh, zh) : t(en, zh[0], zh[1]),
  priceCents,
  stock,
});

const colour = (sku: string, label: LocalizedText, priceCents: number, stock: number): SeedVariant => ({ sku, label, priceCents, stock });

// Oldest first: the seed dates each product one day after the previous one, so "newest" is stable.
export const seedProducts: SeedProduct[] = [
  {
    slug: "milk-tea-cup",
    category: "kitchen",
    name: t("Enamel Milk Tea Cup", "搪瓷奶茶杯", "搪瓷奶茶杯"),
    description: t(
      "The cha chaan teng classic: a chip-resistant enamel cup and saucer for a silky-smooth Hong Kong milk tea.",
      "茶餐廳經典：耐用搪瓷杯連碟，沖一杯香滑港式奶茶。",
      "茶餐厅经典：耐用搪瓷杯连碟，冲一杯香滑港式奶茶。",
    ),
    priceCents: 8800,
    stock: 80,
    imagePath: "/products/milk-tea-cup.svg",
  },
  {
    slug: "star-ferry-tote",
    category: "out-and-about",
    name: t("Star Ferry Canvas Tote", "天星小輪帆布袋", "天星小轮帆布袋"),
    description: t(
      "Heavy cotton canvas with the green-and-white ferry stripes. Fits a laptop and the day's groceries.",
      "厚身棉帆布，印上綠白小輪間條，可放手提電腦及一天的餸菜。",
      "厚实棉帆布，印上绿白小轮条纹，放得下笔记本电脑和一天的菜。",
    ),
    priceCents: 16800,
    stock: 80,
    imagePath: "/products/star-ferry-tote.svg",
  },
  {
    slug: "jasmine-tea",
    category: "tea",
    name: t("Jasmine Tea Tin", "茉莉花茶罐", "茉莉花茶罐"),
    description: t(
      "100 g of jasmine green tea, scented seven times, in a resealable tin.",
      "100 克七窨茉莉綠茶，密封茶罐裝。",
      "100 克七窨茉莉绿茶，密封茶罐装。",
    ),
    priceCents: 12800,
    stock: 80,
    imagePath: "/products/jasmine-tea.svg",
  },
  {
    slug: "dim-sum-notebook",
    category: "paper",
    name: t("Dim Sum Notebook", "點心筆記簿", "点心笔记本"),
    description: t(
      "A5 dotted notebook, 160 pages, with a har gow on the cover.",
      "A5 點格筆記簿，一百六十頁，封面印有蝦餃。",
      "A5 点格笔记本，一百六十页，封面有只虾饺。",
    ),
    priceCents: 4500,
    stock: 80,
    imagePath: "/products/dim-sum-notebook.svg",
  },
  {
    slug: "neon-sign-lamp",
    category: "home",
    name: t("Neon Sign Desk Lamp", "霓虹招牌枱燈", "霓虹招牌台灯"),
    description: t(
      "A warm LED glow in the style of the old Nathan Road signs. USB powered.",
      "仿彌敦道舊霓虹招牌的暖色 LED 燈，USB 供電。",
      "仿弥敦道旧霓虹招牌的暖色 LED 灯，USB 供电。",
    ),
    priceCents: 42000,
    stock: 40,
    imagePath: "/products/neon-sign-lamp.svg",
  },
  {
    slug: "bamboo-steamer",
    category: "kitchen",
    name: t("Bamboo Steamer", "竹蒸籠", "竹蒸笼"),
    description: t(
      "Two-tier 20 cm steamer with lid, hand-woven bamboo.",
      "20 厘米雙層連蓋蒸籠，人手編織竹製。",
      "20 厘米双层带盖蒸笼，手工编织竹制。",
    ),
    priceCents: 9900,
    stock: 60,
    imagePath: "/products/bamboo-steamer.svg",
  },
  {
    slug: "tram-model",
    category: "home",
    name: t("Ding Ding Tram Model", "叮叮電車模型", "叮叮电车模型"),
    description: t(
      "1:76 die-cast model of a Hong Kong double-decker tram, with display base.",
      "一比七十六合金香港雙層電車模型，連展示座。",
      "一比七十六合金香港双层电车模型，附展示座。",
    ),
    priceCents: 35800,
    stock: 60,
    imagePath: "/products/tram-model.svg",
  },
  {
    slug: "egg-waffle-pan",
    category: "kitchen",
    name: t("Egg Waffle Pan", "雞蛋仔烤盤", "鸡蛋仔烤盘"),
    description: t(
      "Cast aluminium pan for bubble-shaped egg waffles on any stove.",
      "鑄鋁烤盤，任何爐頭都能烤出香脆雞蛋仔。",
      "铸铝烤盘，任何炉灶都能做出香脆鸡蛋仔。",
    ),
    priceCents: 26800,
    stock: 60,
    imagePath: "/products/egg-waffle-pan.svg",
  },
  {
    slug: "typhoon-umbrella",
    category: "out-and-about",
    name: t("Typhoon Umbrella", "防風雨傘", "防风雨伞"),
    description: t(
      "Double-canopy umbrella with a fibreglass frame, built for signal No. 3 days.",
      "雙層傘面配玻璃纖維骨，三號風球也不怕。",
      "双层伞面加玻璃纤维骨，三号风球也不怕。",
    ),
    priceCents: 19800,
    stock: 80,
    imagePath: "/products/typhoon-umbrella.svg",
  },
  {
    slug: "tieguanyin-oolong",
    category: "tea",
    name: t("Tieguanyin Oolong Tea", "鐵觀音烏龍茶", "铁观音乌龙茶"),
    description: t(
      "Rolled oolong leaves with an orchid aroma; they open over five or six infusions.",
      "捲曲烏龍茶葉帶蘭花香，可以沖五六泡。",
      "卷曲乌龙茶叶带兰花香，可以冲五六泡。",
    ),
    variantKind: "weight",
    variants: [
      size("tieguanyin-oolong-75g", "75 g", "75 克", 9800, 30),
      size("tieguanyin-oolong-150g", "150 g", "150 克", 17800, 20),
    ],
    imagePath: "/products/tieguanyin-oolong.svg",
  },
  {
    slug: "puer-tea-cake",
    category: "tea",
    name: t("Pu'er Tea Cake", "普洱茶餅", "普洱茶饼"),
    description: t(
      "A 357 g pressed cake of aged pu'er, wrapped in cotton paper. Earthy, smooth, and better every year.",
      "357 克陳年普洱茶餅，棉紙包裝，陳香順滑，越放越好。",
      "357 克陈年普洱茶饼，棉纸包装，陈香顺滑，越放越好。",
    ),
    priceCents: 38800,
    stock: 9,
    imagePath: "/products/puer-tea-cake.svg",
  },
  {
    slug: "tea-sock-strainer",
    category: "tea",
    name: t("Silk Stocking Tea Strainer", "絲襪奶茶袋", "丝袜奶茶袋"),
    description: t(
      "The cotton 'silk stocking' that gives Hong Kong milk tea its smoothness. With a steel ring and handle.",
      "令港式奶茶更香滑的棉布茶袋，配不鏽鋼圈及手柄。",
      "让港式奶茶更香滑的棉布茶袋，配不锈钢圈和手柄。",
    ),
    priceCents: 6800,
    stock: 50,
    imagePath: "/products/tea-sock-strainer.svg",
  },
  {
    slug: "clay-teapot",
    category: "tea",
    name: t("Clay Teapot", "紫砂茶壺", "紫砂茶壶"),
    description: t(
      "A small unglazed clay teapot for gongfu brewing, 150 ml.",
      "150 毫升紫砂小茶壺，最適合沖功夫茶。",
      "150 毫升紫砂小茶壶，适合冲功夫茶。",
    ),
    priceCents: 46800,
    stock: 6,
    imagePath: "/products/clay-teapot.svg",
  },
  {
    slug: "rooster-bowl",
    category: "kitchen",
    name: t("Rooster Rice Bowl", "雞公碗", "鸡公碗"),
    description: t(
      "The hand-painted rooster bowl every Hong Kong kitchen once had.",
      "昔日每個香港廚房都有的手繪雞公碗。",
      "昔日每个香港厨房都有的手绘鸡公碗。",
    ),
    variantKind: "size",
    variants: [size("rooster-bowl-small", "Small, 11 cm", ["細，11 厘米", "小，11 厘米"], 3800, 40), size("rooster-bowl-large", "Large, 15 cm", "大，15 厘米", 5800, 25)],
    imagePath: "/products/rooster-bowl.svg",
  },
  {
    slug: "chopstick-set",
    category: "kitchen",
    name: t("Lacquered Chopstick Set", "漆筷套裝", "漆筷套装"),
    description: t(
      "Five pairs of lacquered wooden chopsticks in harbour colours, with rests.",
      "五對海港色漆木筷子，連筷子座。",
      "五双海港色漆木筷子，附筷架。",
    ),
    priceCents: 15800,
    stock: 35,
    imagePath: "/products/chopstick-set.svg",
  },
  {
    slug: "egg-tart-tins",
    category: "kitchen",
    name: t("Egg Tart Tins", "蛋撻模", "蛋挞模"),
    description: t(
      "Twelve fluted tins for flaky Hong Kong egg tarts, with the bakery recipe.",
      "十二個花邊蛋撻模，附餅店食譜，焗出酥皮蛋撻。",
      "十二个花边蛋挞模，附饼店食谱，烤出酥皮蛋挞。",
    ),
    priceCents: 7800,
    stock: 45,
    imagePath: "/products/egg-tart-tins.svg",
  },
  {
    slug: "pineapple-bun-plush",
    category: "home",
    name: t("Pineapple Bun Cushion", "菠蘿包抱枕", "菠萝包抱枕"),
    description: t(
      "A soft, golden pineapple bun to hug, with a slab of butter on top.",
      "軟綿綿的金黃菠蘿包，還夾著一片牛油，抱著十分舒服。",
      "软绵绵金黄菠萝包，还夹着一块黄油，抱着好舒服。",
    ),
    priceCents: 21800,
    stock: 20,
    imagePath: "/products/pineapple-bun-plush.svg",
  },
  {
    slug: "mahjong-set",
    category: "home",
    name: t("Travel Mahjong Set", "旅行麻雀", "旅行麻将"),
    description: t(
      "144 small tiles in a snap-shut case, for games on the ferry or at the picnic table.",
      "一百四十四隻小麻雀牌連扣盒，在渡輪上或野餐時都能玩。",
      "一百四十四张小麻将牌连扣盒，在渡轮或野餐桌上都能打。",
    ),
    priceCents: 32800,
    stock: 15,
    imagePath: "/products/mahjong-set.svg",
  },
  {
    slug: "red-packets",
    category: "paper",
    name: t("Lucky Red Packets", "利是封", "红包"),
    description: t(
      "Twenty gold-foiled red packets for New Year, weddings and thank-yous.",
      "二十個燙金利是封，適用於新年、婚禮及答謝。",
      "二十个烫金红包，新年、婚礼和致谢都能用。",
    ),
    priceCents: 3800,
    stock: 100,
    imagePath: "/products/red-packets.svg",
  },
  {
    slug: "harbour-postcards",
    category: "paper",
    name: t("Harbour Postcards", "海港明信片", "海港明信片"),
    description: t(
      "Eight illustrated postcards of the harbour, from dawn ferries to the night skyline.",
      "八張海港插畫明信片，由清晨渡輪到夜景天際線。",
      "八张海港插画明信片，从清晨渡轮到夜景天际线。",
    ),
    priceCents: 5800,
    stock: 70,
    imagePath: "/products/harbour-postcards.svg",
  },
  {
    slug: "calligraphy-brush",
    category: "paper",
    name: t("Calligraphy Brush Set", "毛筆套裝", "毛笔套装"),
    description: t(
      "Three brushes, an ink stick and a stone, for practising characters at your desk.",
      "三支毛筆、一條墨及一塊硯，在書桌上練字。",
      "三支毛笔、一条墨和一块砚台，在书桌练字。",
    ),
    priceCents: 24800,
    stock: 12,
    imagePath: "/products/calligraphy-brush.svg",
  },
  {
    slug: "red-white-blue-bag",
    category: "out-and-about",
    name: t("Red-White-Blue Bag", "紅白藍袋", "红白蓝袋"),
    description: t(
      "The tough striped nylon bag that has carried Hong Kong's belongings for decades.",
      "耐用間條尼龍袋，數十年來陪伴香港人搬遷運貨。",
      "耐用条纹尼龙袋，几十年来陪香港人搬家搬东西。",
    ),
    variantKind: "size",
    variants: [size("red-white-blue-bag-s", "Small", ["細", "小"], 4800, 40), size("red-white-blue-bag-l", "Large", "大", 6800, 30)],
    imagePath: "/products/red-white-blue-bag.svg",
  },
  {
    slug: "ding-ding-tee",
    category: "out-and-about",
    name: t("Ding Ding T-shirt", "叮叮 T 恤", "叮叮 T 恤"),
    description: t(
      "Soft cotton T-shirt with a green tram printed across the chest.",
      "柔軟棉質 T 恤，胸前印有一輛綠色電車。",
      "柔软棉质 T 恤，胸前印着一辆绿色电车。",
    ),
    variantKind: "size",
    variants: [
      size("ding-ding-tee-s", "S", ["細碼 S", "小码 S"], 19800, 12),
      size("ding-ding-tee-m", "M", ["中碼 M", "中码 M"], 19800, 0),
      size("ding-ding-tee-l", "L", ["大碼 L", "大码 L"], 19800, 14),
      size("ding-ding-tee-xl", "XL", ["加大碼 XL", "加大码 XL"], 21800, 8),
    ],
    imagePath: "/products/ding-ding-tee.svg",
  },
  {
    slug: "kung-fu-slippers",
    category: "out-and-about",
    name: t("Kung Fu Slippers", "功夫鞋", "功夫鞋"),
    description: t(
      "Cotton-topped slippers with soft rubber soles, for the park at dawn.",
      "棉布鞋面配軟膠底，適合清晨到公園打太極。",
      "棉布鞋面配软胶底，清早去公园打太极。",
    ),
    variantKind: "size",
    variants: [
      size("kung-fu-slippers-38", "EU 38", ["歐碼 38", "欧码 38"], 16800, 6),
      size("kung-fu-slippers-40", "EU 40", ["歐碼 40", "欧码 40"], 16800, 0),
      size("kung-fu-slippers-42", "EU 42", ["歐碼 42", "欧码 42"], 16800, 9),
      size("kung-fu-slippers-44", "EU 44", ["歐碼 44", "欧码 44"], 17800, 4),
    ],
    imagePath: "/products/kung-fu-slippers.svg",
  },
  {
    slug: "bucket-hat",
    category: "out-and-about",
    name: t("Harbour Bucket Hat", "海港漁夫帽", "海港渔夫帽"),
    description: t(
      "Washed cotton bucket hat with a small embroidered ferry. One size, adjustable.",
      "水洗棉漁夫帽，繡上小渡輪，尺寸可調校。",
      "水洗棉渔夫帽，绣着小渡轮，尺寸可调。",
    ),
    variantKind: "colour",
    variants: [
      colour("bucket-hat-green", t("Harbour green", "海港綠", "海港绿"), 14800, 10),
      colour("bucket-hat-sand", t("Sand", "沙色", "沙色"), 14800, 7),
      colour("bucket-hat-red", t("Lantern red", "燈籠紅", "灯笼红"), 15800, 0),
    ],
    imagePath: "/products/bucket-hat.svg",
  },
];
