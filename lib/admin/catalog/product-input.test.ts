import { describe, expect, it } from "vitest";
import { centsToPriceText, missingTranslations, parsePriceToCents, parseProductForm, slugify } from "./product-input";

const base = {
  "name.en": "Harbour Umbrella",
  "name.zh-HK": "海港雨傘",
  "name.zh-CN": "海港雨伞",
  "description.en": "Keeps the typhoon rain off.",
  "description.zh-HK": "",
  "description.zh-CN": "",
  slug: "",
  categoryId: "3",
  status: "draft",
  variantKind: "colour",
  "variants.0.sku": "umbrella-navy",
  "variants.0.label.en": "Navy",
  "variants.0.label.zh-HK": "深藍",
  "variants.0.label.zh-CN": "深蓝",
  "variants.0.price": "128.50",
  "variants.0.stock": "12",
  "variants.1.sku": "umbrella-red",
  "variants.1.label.en": "Red",
  "variants.1.price": "HK$1,128",
  "variants.1.stock": "0",
};

describe("prices are typed as dollars and cents and kept as integer cents", () => {
  it("reads dollars, dollars and cents, HK$ and thousands separators", () => {
    expect(parsePriceToCents("88")).toEqual({ cents: 8800 });
    expect(parsePriceToCents("88.5")).toEqual({ cents: 8850 });
    expect(parsePriceToCents("0.01")).toEqual({ cents: 1 });
    expect(parsePriceToCents(" HK$1,288.05 ")).toEqual({ cents: 128805 });
    // 0.1 + 0.2 style float error cannot happen: no float is ever made.
    expect(parsePriceToCents("19.99")).toEqual({ cents: 1999 });
  });

  it("refuses a negative, zero, three decimals, words and an absurd price, each with its reason", () => {
    expect(parsePriceToCents("-5")).toEqual({ error: "A price cannot be negative." });
    expect(parsePriceToCents("0")).toEqual({ error: "A price is at least HK$0.01." });
    expect(parsePriceToCents("1.999")).toMatchObject({ error: expect.stringContaining("dollars and cents") });
    expect(parsePriceToCents("ten")).toMatchObject({ error: expect.stringContaining("dollars and cents") });
    expect(parsePriceToCents("1e5")).toMatchObject({ error: expect.stringContaining("dollars and cents") });
    expect(parsePriceToCents("")).toMatchObject({ error: expect.stringContaining("Give a price") });
    expect(parsePriceToCents("1000000.01")).toEqual({ error: "A price is at most HK$1,000,000.00." });
  });

  it("shows cents back as the editor's text", () => {
    expect(centsToPriceText(8800)).toBe("88.00");
    expect(centsToPriceText(1)).toBe("0.01");
    expect(centsToPriceText(128805)).toBe("1288.05");
  });
});

describe("slugs come from the English name", () => {
  it("lower-cases, joins words with single hyphens and drops accents and symbols", () => {
    expect(slugify("Star Ferry Tote (Green)")).toBe("star-ferry-tote-green");
    expect(slugify("  Café  Crème  ")).toBe("cafe-creme");
    expect(slugify("Tea & Cups")).toBe("tea-and-cups");
    expect(slugify("茶")).toBe("");
  });
});

describe("the product form", () => {
  it("reads a product with two colour variants, making the slug from the English name", () => {
    const parsed = parseProductForm(base);
    expect(parsed).toEqual({
      ok: true,
      value: {
        name: { en: "Harbour Umbrella", "zh-HK": "海港雨傘", "zh-CN": "海港雨伞" },
        description: { en: "Keeps the typhoon rain off.", "zh-HK": "", "zh-CN": "" },
        slug: "harbour-umbrella",
        categoryId: 3,
        status: "draft",
        variantKind: "colour",
        variants: [
          { id: undefined, sku: "umbrella-navy", label: { en: "Navy", "zh-HK": "深藍", "zh-CN": "深蓝" }, priceCents: 12850, stock: 12, stockWas: undefined },
          { id: undefined, sku: "umbrella-red", label: { en: "Red", "zh-HK": "", "zh-CN": "" }, priceCents: 112800, stock: 0, stockWas: undefined },
        ],
      },
    });
  });

  it("requires English, and says so against each field", () => {
    const parsed = parseProductForm({ ...base, "name.en": " ", "description.en": "", "variants.1.label.en": "" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fieldErrors["name.en"]).toEqual(["An English name is required."]);
    expect(parsed.fieldErrors["description.en"]).toEqual(["An English description is required."]);
    expect(parsed.fieldErrors["variants.1.label.en"]?.[0]).toContain("English label is required");
    // No English name, no slug to make from it.
    expect(parsed.fieldErrors.slug?.[0]).toContain("Give a slug");
  });

  it("refuses a negative price, negative stock, a duplicate SKU and a bad slug, all at once", () => {
    const parsed = parseProductForm({ ...base, slug: "Not A Slug!", "variants.0.price": "-1.00", "variants.1.stock": "-3", "variants.1.sku": "UMBRELLA-NAVY" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fieldErrors).toMatchObject({
      slug: [expect.stringContaining("lower-case letters")],
      "variants.0.price": ["A price cannot be negative."],
      "variants.1.stock": ["Stock cannot be below zero."],
      "variants.1.sku": ["SKU UMBRELLA-NAVY is already used by row 1."],
    });
  });

  it("a product without a choice has one unlabelled variant; several need a kind", () => {
    const single = parseProductForm({ ...base, variantKind: "none", "variants.1.sku": "", "variants.1.price": "", "variants.1.stock": "", "variants.1.label.en": "" });
    expect(single.ok).toBe(false);
    const one = Object.fromEntries(Object.entries(base).filter(([key]) => !key.startsWith("variants.1.")));
    const parsed = parseProductForm({ ...one, variantKind: "none" });
    expect(parsed.ok && parsed.value.variants).toEqual([
      { id: undefined, sku: "umbrella-navy", label: null, priceCents: 12850, stock: 12, stockWas: undefined },
    ]);
    const none = parseProductForm({ ...base, variantKind: "none" });
    expect(!none.ok && none.fieldErrors.variantKind).toEqual(["Several variants need a kind: size or colour."]);
  });

  it("refuses an unknown status, kind or category, and a form with no variant", () => {
    const one = Object.fromEntries(Object.entries(base).filter(([key]) => !key.startsWith("variants.")));
    const parsed = parseProductForm({ ...one, status: "deleted", variantKind: "flavour", categoryId: "tea" });
    expect(!parsed.ok && Object.keys(parsed.fieldErrors).sort()).toEqual(["categoryId", "status", "variantKind", "variants"]);
  });
});

describe("missing translations", () => {
  it("names each Chinese language with an empty text where English has one", () => {
    expect(missingTranslations([{ en: "Tea", "zh-HK": "茶", "zh-CN": "茶" }])).toEqual([]);
    expect(missingTranslations([{ en: "Tea", "zh-HK": "茶", "zh-CN": "" }, null])).toEqual(["zh-CN"]);
    expect(missingTranslations([{ en: "Tea", "zh-HK": " ", "zh-CN": "茶" }, { en: "M", "zh-HK": "中", "zh-CN": "" }])).toEqual(["zh-HK", "zh-CN"]);
  });
});
