import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { products, productSlugRedirects } from "@/lib/db/schema";
import { findRenamedProductSlug, getCategoryBySlug, getProductBySlug, listProducts, listSitemapPart, searchProducts } from "./queries";

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
    for (const product of (await listProducts({ pageSize: 100 })).products) {
      expect(fs.existsSync(path.join(process.cwd(), "public", product.imagePath))).toBe(true);
    }
  });

  it("a category lists only its own products", async () => {
    const tea = (await getCategoryBySlug({ slug: "tea" }))!;
    const listed = (await listProducts({ categoryId: tea.id })).products;
    expect(listed.length).toBeGreaterThanOrEqual(4);
    expect(listed.every((product) => product.categoryId === tea.id)).toBe(true);
  });

  it("sorts by price both ways and by newest first", async () => {
    const prices = (await listProducts({ sort: "price-asc", pageSize: 100 })).products.map((p) => p.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const down = (await listProducts({ sort: "price-desc", pageSize: 100 })).products.map((p) => p.priceCents);
    expect(down).toEqual([...prices].reverse());
    const newest = (await listProducts({ sort: "newest", pageSize: 100 })).products.map((p) => p.createdAt.getTime());
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
  });

  it("'in stock only' leaves out a product whose every variant is sold out", async () => {
    await database.db.execute(sql`update product_variants set stock = 0 where sku = 'clay-teapot'`);
    const all = (await listProducts({ pageSize: 100 })).products;
    const inStock = (await listProducts({ inStockOnly: true, pageSize: 100 })).products;
    expect(all.find((p) => p.slug === "clay-teapot")?.inStock).toBe(false);
    expect(inStock.map((p) => p.slug)).not.toContain("clay-teapot");
    expect(inStock.every((p) => p.inStock)).toBe(true);
    // A product with one sold-out size out of four is still in stock.
    expect(inStock.map((p) => p.slug)).toContain("ding-ding-tee");
  });

  it("pages through a listing 24 at a time: no product twice, none missed, the same total on every page", async () => {
    const whole = (await listProducts({ sort: "price-asc", pageSize: 100 })).products.map((p) => p.slug);
    const first = await listProducts({ sort: "price-asc" });
    const second = await listProducts({ sort: "price-asc", page: 2 });
    expect(first.total).toBe(whole.length);
    expect(second.total).toBe(whole.length);
    expect(first.products).toHaveLength(24);
    expect([...first.products, ...second.products].map((p) => p.slug)).toEqual(whole);
    const small = await listProducts({ sort: "newest", pageSize: 10, page: 3 });
    expect(small.products.map((p) => p.slug)).toEqual((await listProducts({ sort: "newest", pageSize: 100 })).products.slice(20, 30).map((p) => p.slug));
    expect((await listProducts({ page: 50 })).products).toEqual([]);
  });

  it("counts a category's and the in-stock listing's own total", async () => {
    const tea = (await getCategoryBySlug({ slug: "tea" }))!;
    const listed = await listProducts({ categoryId: tea.id, pageSize: 2 });
    expect(listed.products).toHaveLength(2);
    expect(listed.total).toBe((await listProducts({ categoryId: tea.id, pageSize: 100 })).products.length);
  });

  it("a product with variants reads them in order, each with its own price and stock", async () => {
    const tee = (await getProductBySlug({ slug: "ding-ding-tee" }))!;
    expect(tee.variantKind).toBe("size");
    expect(tee.variants.map((v) => v.label?.en)).toEqual(["S", "M", "L", "XL"]);
    expect(tee.variants.find((v) => v.label?.en === "M")?.stock).toBe(0);
    expect(new Set(tee.variants.map((v) => v.priceCents)).size).toBe(2);
    const listed = (await listProducts({ pageSize: 100 })).products;
    expect(listed.find((p) => p.slug === "ding-ding-tee")?.hasPriceRange).toBe(true);
    expect(listed.find((p) => p.slug === "milk-tea-cup")?.hasPriceRange).toBe(false);
  });
});

describe("search", () => {
  it("茶 finds the tea products (Chinese names), in both scripts", async () => {
    const tea = (await getCategoryBySlug({ slug: "tea" }))!;
    const teaSlugs = (await listProducts({ categoryId: tea.id })).products.map((p) => p.slug);
    const found = (await searchProducts({ query: "茶" })).products.map((p) => p.slug);
    for (const slug of teaSlugs) expect(found).toContain(slug);
    expect((await searchProducts({ query: "電車" })).products.map((p) => p.slug)).toContain("tram-model");
    expect((await searchProducts({ query: "电车" })).products.map((p) => p.slug)).toContain("tram-model");
  });

  it("matches English names and descriptions, ignoring case", async () => {
    expect((await searchProducts({ query: "FERRY" })).products.map((p) => p.slug)).toEqual(
      expect.arrayContaining(["star-ferry-tote", "mahjong-set", "bucket-hat"]),
    );
    expect((await searchProducts({ query: "gongfu" })).products.map((p) => p.slug)).toEqual(["clay-teapot"]);
  });

  it("ranks a product whose name holds the words above one that only mentions them", async () => {
    // The mention is older (a smaller id), so an id order would put it first.
    const text = (en: string) => ({ en, "zh-HK": en, "zh-CN": en });
    await database.db.insert(products).values([
      { slug: "mentions-zebrawood", name: text("Cutting board"), description: text("Goes well with a zebrawood tray."), priceCents: 100, imagePath: "/x.svg", status: "published" },
      { slug: "zebrawood-tray", name: text("Zebrawood Tray"), description: text("A tray."), priceCents: 100, imagePath: "/x.svg", status: "published" },
    ]);
    const found = await searchProducts({ query: "zebrawood" });
    expect(found.products.map((p) => p.slug)).toEqual(["zebrawood-tray", "mentions-zebrawood"]);
    expect(found.total).toBe(2);
    await database.db.delete(products).where(sql`slug in ('mentions-zebrawood', 'zebrawood-tray')`);
  });

  it("pages search results with their total", async () => {
    const all = await searchProducts({ query: "茶", pageSize: 100 });
    const paged = await searchProducts({ query: "茶", pageSize: 2, page: 2 });
    expect(paged.total).toBe(all.total);
    expect(paged.products.map((p) => p.slug)).toEqual(all.products.slice(2, 4).map((p) => p.slug));
  });

  it("treats % and _ as text, and finds nothing for nonsense or an empty query", async () => {
    expect((await searchProducts({ query: "%" })).total).toBe(0);
    expect((await searchProducts({ query: "_" })).total).toBe(0);
    expect((await searchProducts({ query: "zzzqqq" })).total).toBe(0);
    expect((await searchProducts({ query: "   " })).total).toBe(0);
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
    expect((await listSitemapPart({ part: 0, origin: "" })).map((entry) => entry.url)).toContain("/products/tram-model");
    await setStatus("tram-model", "archived");
    await setStatus("jasmine-tea", "draft");
    try {
      for (const slug of ["tram-model", "jasmine-tea"]) {
        expect((await listProducts({ pageSize: 100 })).products.map((p) => p.slug)).not.toContain(slug);
        expect(await getProductBySlug({ slug })).toBeUndefined();
        expect((await listSitemapPart({ part: 0, origin: "" })).map((entry) => entry.url)).not.toContain(`/products/${slug}`);
      }
      expect((await searchProducts({ query: "電車" })).products.map((p) => p.slug)).not.toContain("tram-model");
      expect((await searchProducts({ query: "jasmine" })).products.map((p) => p.slug)).not.toContain("jasmine-tea");
    } finally {
      await setStatus("tram-model", "published");
      await setStatus("jasmine-tea", "published");
    }
    expect((await searchProducts({ query: "電車" })).products.map((p) => p.slug)).toContain("tram-model");
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
