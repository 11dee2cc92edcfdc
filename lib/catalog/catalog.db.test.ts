import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { products, productSlugRedirects } from "@/lib/db/schema";
import { findRenamedProductSlug, getCategoryBySlug, getProductBySlug, listProducts, listProductSlugs, searchProducts } from "./queries";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.db);
});
afterAll(async () => {
  await database.drop();
});

describe("listing", () => {
  it("every product's art exists in public/", async () => {
    for (const product of await listProducts()) {
      expect(fs.existsSync(path.join(process.cwd(), "public", product.imagePath))).toBe(true);
    }
  });

  it("a category lists only its own products", async () => {
    const tea = (await getCategoryBySlug({ slug: "tea" }))!;
    const listed = await listProducts({ categoryId: tea.id });
    expect(listed.length).toBeGreaterThanOrEqual(4);
    expect(listed.every((product) => product.categoryId === tea.id)).toBe(true);
  });

  it("sorts by price both ways and by newest first", async () => {
    const prices = (await listProducts({ sort: "price-asc" })).map((p) => p.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const down = (await listProducts({ sort: "price-desc" })).map((p) => p.priceCents);
    expect(down).toEqual([...prices].reverse());
    const newest = (await listProducts({ sort: "newest" })).map((p) => p.createdAt.getTime());
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
  });

  it("'in stock only' leaves out a product whose every variant is sold out", async () => {
    await database.db.execute(sql`update product_variants set stock = 0 where sku = 'clay-teapot'`);
    const all = await listProducts();
    const inStock = await listProducts({ inStockOnly: true });
    expect(all.find((p) => p.slug === "clay-teapot")?.inStock).toBe(false);
    expect(inStock.map((p) => p.slug)).not.toContain("clay-teapot");
    expect(inStock.every((p) => p.inStock)).toBe(true);
    // A product with one sold-out size out of four is still in stock.
    expect(inStock.map((p) => p.slug)).toContain("ding-ding-tee");
  });

  it("a product with variants reads them in order, each with its own price and stock", async () => {
    const tee = (await getProductBySlug({ slug: "ding-ding-tee" }))!;
    expect(tee.variantKind).toBe("size");
    expect(tee.variants.map((v) => v.label?.en)).toEqual(["S", "M", "L", "XL"]);
    expect(tee.variants.find((v) => v.label?.en === "M")?.stock).toBe(0);
    expect(new Set(tee.variants.map((v) => v.priceCents)).size).toBe(2);
    const listed = await listProducts();
    expect(listed.find((p) => p.slug === "ding-ding-tee")?.hasPriceRange).toBe(true);
    expect(listed.find((p) => p.slug === "milk-tea-cup")?.hasPriceRange).toBe(false);
  });
});

describe("search", () => {
  it("茶 finds the tea products (Chinese names), in both scripts", async () => {
    const tea = (await getCategoryBySlug({ slug: "tea" }))!;
    const teaSlugs = (await listProducts({ categoryId: tea.id })).map((p) => p.slug);
    const found = (await searchProducts({ query: "茶" })).map((p) => p.slug);
    for (const slug of teaSlugs) expect(found).toContain(slug);
    expect((await searchProducts({ query: "電車" })).map((p) => p.slug)).toContain("tram-model");
    expect((await searchProducts({ query: "电车" })).map((p) => p.slug)).toContain("tram-model");
  });

  it("matches English names and descriptions, ignoring case", async () => {
    expect((await searchProducts({ query: "FERRY" })).map((p) => p.slug)).toEqual(
      expect.arrayContaining(["star-ferry-tote", "mahjong-set", "bucket-hat"]),
    );
    expect((await searchProducts({ query: "gongfu" })).map((p) => p.slug)).toEqual(["clay-teapot"]);
  });

  it("treats % and _ as text, and finds nothing for nonsense or an empty query", async () => {
    expect(await searchProducts({ query: "%" })).toEqual([]);
    expect(await searchProducts({ query: "_" })).toEqual([]);
    expect(await searchProducts({ query: "zzzqqq" })).toEqual([]);
    expect(await searchProducts({ query: "   " })).toEqual([]);
  });

  it("the trigram index exists and serves a search when the planner is told the table is big", async () => {
    const plan = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const result = await tx.execute(sql`explain select id from products where search_text like '%teapot%'`);
      return JSON.stringify(result);
    });
    expect(plan).toContain("products_search_trgm_idx");
  });
});

describe("only published products are in the shop", () => {
  const setStatus = (slug: string, status: "draft" | "published" | "archived") =>
    database.db.update(products).set({ status }).where(sql`${products.slug} = ${slug}`);

  it("a draft or archived product is not listed, searched, found by its URL or in the sitemap; published again, it is back", async () => {
    await setStatus("tram-model", "archived");
    await setStatus("jasmine-tea", "draft");
    try {
      for (const slug of ["tram-model", "jasmine-tea"]) {
        expect((await listProducts()).map((p) => p.slug)).not.toContain(slug);
        expect(await getProductBySlug({ slug })).toBeUndefined();
        expect((await listProductSlugs()).map((p) => p.slug)).not.toContain(slug);
      }
      expect((await searchProducts({ query: "電車" })).map((p) => p.slug)).not.toContain("tram-model");
      expect((await searchProducts({ query: "jasmine" })).map((p) => p.slug)).not.toContain("jasmine-tea");
    } finally {
      await setStatus("tram-model", "published");
      await setStatus("jasmine-tea", "published");
    }
    expect((await searchProducts({ query: "電車" })).map((p) => p.slug)).toContain("tram-model");
    expect(await getProductBySlug({ slug: "jasmine-tea" })).toBeDefined();
  });

  it("an old slug names the product's current one, only while it is published", async () => {
    const tram = (await getProductBySlug({ slug: "tram-model" }))!;
    await database.db.insert(productSlugRedirects).values({ oldSlug: "ding-ding-model", productId: tram.id });
    expect(await findRenamedProductSlug({ slug: "ding-ding-model" })).toBe("tram-model");
    expect(await findRenamedProductSlug({ slug: "never-was" })).toBeUndefined();
    await setStatus("tram-model", "archived");
    expect(await findRenamedProductSlug({ slug: "ding-ding-model" })).toBeUndefined();
    await setStatus("tram-model", "published");
  });
});
