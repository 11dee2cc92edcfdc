import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { products } from "./schema";
import { seedCatalog, seededProductCount } from "./seed";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe("seedCatalog", () => {
  it("seeds at least eight products with integer cent prices, and is idempotent", async () => {
    await seedCatalog(database.db);
    await seedCatalog(database.db);
    const rows = await database.db.select().from(products);
    expect(rows).toHaveLength(seededProductCount);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(Number.isInteger(row.priceCents)).toBe(true);
      expect(row.priceCents).toBeGreaterThan(0);
      expect(row.name["zh-HK"]).not.toBe("");
      expect(row.imagePath).toMatch(/^\/products\/[a-z-]+\.svg$/);
    }
  });

  it("rejects a non-positive price at the database", async () => {
    await expect(
      database.db.insert(products).values({
        slug: "free-thing",
        name: { en: "x", "zh-HK": "x", "zh-CN": "x" },
        description: { en: "x", "zh-HK": "x", "zh-CN": "x" },
        priceCents: 0,
        imagePath: "/products/x.svg",
      }),
    ).rejects.toThrow();
  });
});
