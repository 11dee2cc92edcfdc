import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories, products, productVariants } from "./schema";
import { seedCatalog, seededCategoryCount, seededProductCount } from "./seed";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe("seedCatalog", () => {
  it("seeds at least 24 products in at least 4 categories, each with a variant, integer cent prices and its own art", async () => {
    await seedCatalog(database.db);
    await seedCatalog(database.db);
    const rows = await database.db.select().from(products);
    expect(rows).toHaveLength(seededProductCount);
    expect(rows.length).toBeGreaterThanOrEqual(24);
    expect(await database.db.select().from(categories)).toHaveLength(seededCategoryCount);
    expect(new Set(rows.map((row) => row.categoryId)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(rows.map((row) => row.imagePath)).size).toBe(rows.length);
    const variants = await database.db.select().from(productVariants);
    for (const row of rows) {
      expect(Number.isInteger(row.priceCents)).toBe(true);
      expect(row.priceCents).toBeGreaterThan(0);
      expect(row.name["zh-HK"]).not.toBe("");
      expect(row.name["zh-CN"]).not.toBe("");
      expect(row.imagePath).toMatch(/^\/products\/[a-z-]+\.svg$/);
      const own = variants.filter((variant) => variant.productId === row.id);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(row.priceCents).toBe(Math.min(...own.map((variant) => variant.priceCents)));
      if (own.length > 1) expect(row.variantKind).toMatch(/^(size|colour|weight)$/);
    }
  });

  it("re-seeding never overwrites staff edits: names, prices, stock and status stay as staff left them", async () => {
    await seedCatalog(database.db);
    const [variant] = await database.db.select().from(productVariants).where(eq(productVariants.sku, "puer-tea-cake"));
    await database.db.update(productVariants).set({ stock: 1, priceCents: 1 }).where(eq(productVariants.id, variant!.id));
    await database.db
      .update(products)
      .set({ name: { en: "Staff's name", "zh-HK": "", "zh-CN": "" }, status: "archived" })
      .where(eq(products.id, variant!.productId));
    expect(await seedCatalog(database.db)).toBe(0);
    const [after] = await database.db.select().from(productVariants).where(eq(productVariants.id, variant!.id));
    expect(after).toMatchObject({ stock: 1, priceCents: 1 });
    const [product] = await database.db.select().from(products).where(eq(products.id, variant!.productId));
    expect(product).toMatchObject({ name: { en: "Staff's name" }, status: "archived" });
    expect(await database.db.select().from(products)).toHaveLength(seededProductCount);
  });

  it("fills an empty catalog once, even when two seeds run at once, with every product published", async () => {
    const fresh = await createTestDatabase();
    try {
      const counts = await Promise.all([seedCatalog(fresh.db), seedCatalog(fresh.db)]);
      expect(counts.sort((a, b) => a - b)).toEqual([0, seededProductCount]);
      const rows = await fresh.db.select().from(products);
      expect(rows).toHaveLength(seededProductCount);
      expect(rows.every((row) => row.status === "published")).toBe(true);
    } finally {
      await fresh.drop();
    }
  });

  it("rejects a non-positive price and negative stock at the database", async () => {
    await expect(
      database.db.insert(products).values({
        slug: "free-thing",
        name: { en: "x", "zh-HK": "x", "zh-CN": "x" },
        description: { en: "x", "zh-HK": "x", "zh-CN": "x" },
        priceCents: 0,
        imagePath: "/products/x.svg",
      }),
    ).rejects.toThrow();
    const [product] = await database.db.select().from(products).limit(1);
    await expect(
      database.db.insert(productVariants).values({ productId: product!.id, sku: "minus", priceCents: 100, stock: -1 }),
    ).rejects.toThrow();
  });
});
