import { describe, expect, it } from "vitest";
import { jsonLdScript, pageMetadata, productJsonLd } from "./seo";

describe("productJsonLd", () => {
  const base = {
    url: "https://shop.test/products/tee",
    name: "Tee",
    description: "A tee",
    imageUrl: "https://shop.test/products/tee.svg",
    sku: "tee",
    variantName: (variant: { sku: string }) => variant.sku.toUpperCase(),
  };

  it("one Offer in HKD with availability for a single variant", () => {
    const data = productJsonLd({ ...base, variants: [{ sku: "tee", priceCents: 19800, stock: 3 }] });
    expect(data.offers).toMatchObject({ "@type": "Offer", price: "198.00", priceCurrency: "HKD", availability: "https://schema.org/InStock" });
  });

  it("an Offer per variant, a sold-out one OutOfStock", () => {
    const data = productJsonLd({
      ...base,
      variants: [
        { sku: "tee-s", priceCents: 19800, stock: 1 },
        { sku: "tee-m", priceCents: 21850, stock: 0 },
      ],
    });
    expect(data.offers).toEqual([
      expect.objectContaining({ sku: "tee-s", name: "TEE-S", availability: "https://schema.org/InStock" }),
      expect.objectContaining({ sku: "tee-m", price: "218.50", availability: "https://schema.org/OutOfStock" }),
    ]);
  });

  it("a script body can never close its tag", () => {
    expect(jsonLdScript({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});

describe("pageMetadata", () => {
  it("gives a canonical URL, Open Graph in the shopper's language and a large Twitter card with the image", () => {
    const meta = pageMetadata({
      title: "茉莉花茶罐",
      description: "一百克",
      path: "/products/jasmine-tea",
      locale: "zh-HK",
      image: { path: "/products/jasmine-tea.svg", alt: "茉莉花茶罐" },
      siteName: "Harbour Goods",
    });
    expect(meta.alternates?.canonical).toBe("/products/jasmine-tea");
    expect(meta.openGraph).toMatchObject({ title: "茉莉花茶罐", locale: "zh_HK", url: "/products/jasmine-tea" });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", images: ["/products/jasmine-tea.svg"] });
  });
});
