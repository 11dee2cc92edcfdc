import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedCategories, seedProducts } from "@/lib/catalog/catalog-data";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import zhHK from "@/messages/zh-HK.json";

/** Every string of a message catalog, with its dotted key. */
function strings(value: unknown, key = ""): [string, string][] {
  if (typeof value === "string") return [[key, value]];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
  return [];
}

const catalogText = (locale: "zh-HK" | "zh-CN"): [string, string][] => [
  ...seedCategories.flatMap((c) => [[`category ${c.slug}`, c.name[locale]], [`category ${c.slug}`, c.description[locale]]] as [string, string][]),
  ...seedProducts.flatMap((p) => [
    [`product ${p.slug}`, p.name[locale]] as [string, string],
    [`product ${p.slug}`, p.description[locale]] as [string, string],
    ...("variants" in p ? p.variants.map((v) => [`variant ${v.sku}`, v.label[locale]] as [string, string]) : []),
  ]),
];

/** The sandbox's Chinese pages, wherever the sandbox lives (lib/ or packages/). */
function sandboxDictionary(file: string): [string, string][] {
  const found = ["lib", "packages"]
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)))
    .filter((f) => f.endsWith(path.join("dictionaries", file)) && !f.includes("node_modules"));
  expect(found, `the sandbox's ${file}`).not.toHaveLength(0);
  return found.flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/"([^"\n]*[\u4e00-\u9fff][^"\n]*)"/g)].map((m) => [f, m[1]!] as [string, string]));
}

const corpus = {
  "zh-HK": [...strings(zhHK), ...catalogText("zh-HK"), ...sandboxDictionary("zh-hk.ts")],
  "zh-CN": [...strings(zhCN), ...catalogText("zh-CN"), ...sandboxDictionary("zh-cn.ts")],
};

/** Terms docs/i18n.md rules out, each with the reason a reviewer gave. */
const banned: Record<"zh-HK" | "zh-CN", [RegExp, string][]> = {
  "zh-HK": [
    [/在途中/, "literal 'on its way': write 我們已寄出"],
    [/扮演/, "literal 'play the part of'"],
    [/出街/, "Cantonese: 外出"],
    [/攬枕/, "Cantonese: 抱枕"],
    [/多謝/, "spoken Cantonese: 謝謝 / 感謝"],
    [/裡/, "zh-HK writes 裏 throughout"],
    [/[零一二三四五六七八九十百千]+\s*(克|公克|毫升|公斤|厘米|公分|毫米)/, "weights in Arabic digits: 75 克"],
  ],
  "zh-CN": [
    [/在途中/, "literal 'on its way': write 我们已发送"],
    [/扮演/, "literal 'play the part of'"],
    [/多谢/, "spoken: 谢谢 / 感谢"],
    [/[裡裏]/, "Simplified Chinese writes 里"],
    [/[零一二三四五六七八九十百千]+\s*(克|公克|毫升|公斤|厘米|公分|毫米)/, "weights in Arabic digits: 75 克"],
  ],
};

// A half-width bracket or mark beside a Chinese character: Chinese sentences use full-width ones.
const halfWidthBesideChinese = /[\u4e00-\u9fff][,:;!?()]|[()][\u4e00-\u9fff]/;

describe.each(["zh-HK", "zh-CN"] as const)("%s copy follows docs/i18n.md", (locale) => {
  it("uses none of the terms the glossary rules out", () => {
    const found = corpus[locale].flatMap(([key, text]) => banned[locale].filter(([term]) => term.test(text)).map(([, why]) => `${key}: "${text}" (${why})`));
    expect(found).toEqual([]);
  });

  it("punctuates Chinese with full-width marks", () => {
    expect(corpus[locale].filter(([, text]) => halfWidthBesideChinese.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});

describe("the listed terms", () => {
  it("label weights 重量, sizes 尺碼 / 尺码, and the cart's subtotal 小計 / 小计", () => {
    expect([zhHK.Product.variant_weight, zhCN.Product.variant_weight]).toEqual(["重量", "重量"]);
    expect([zhHK.Product.variant_size, zhCN.Product.variant_size]).toEqual(["尺碼", "尺码"]);
    expect([zhHK.Cart.subtotal, zhCN.Cart.subtotal]).toEqual(["小計", "小计"]);
    expect(en.Cart.subtotal).toBe("Subtotal");
  });

  it("a weighed product is sold by weight, in Arabic digits", () => {
    const weighed = seedProducts.filter((p) => "variants" in p && p.variants.some((v) => /\d\s*g$/.test(v.label.en)));
    expect(weighed.length).toBeGreaterThan(0);
    for (const product of weighed) {
      expect("variantKind" in product && product.variantKind).toBe("weight");
      if ("variants" in product) for (const v of product.variants) expect(v.label["zh-HK"]).toMatch(/^\d+ 克$/);
    }
  });

  it("has the same keys in all three languages", () => {
    const keys = (messages: unknown) => strings(messages).map(([key]) => key).sort();
    expect(keys(zhHK)).toEqual(keys(en));
    expect(keys(zhCN)).toEqual(keys(en));
  });
});
