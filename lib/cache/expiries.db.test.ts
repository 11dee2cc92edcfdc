import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogTagsToExpire, expireCachedCatalog } from "@/lib/catalog/catalog-cache";
import { cacheTagExpiries, products } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { getOrderRow } from "@/lib/payments/queries";
import { recordSaleAccepted } from "@/lib/payments/sales";
import { applyPaymentStatus } from "@/lib/payments/state-writer";
import { createOrderWithAttempt } from "@/lib/payments/test-support";
import { getPaymentById } from "@/lib/payments/queries";
import { expireCacheTags, readCacheTagExpiries } from "./expiries";
import { parseSnapshot, visibleIn } from "./shared-cache-handler.mjs";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.db);
});
afterAll(async () => {
  await database.drop();
});

const xidOf = async (tag: string) => {
  const reading = await readCacheTagExpiries(database.db, [tag]);
  const found = reading.expired.find(([name]) => name === tag);
  return found && BigInt(found[1]);
};

describe("cache tag expiries in the database", () => {
  it("an expiry is visible to snapshots read after its commit, never to one read before", async () => {
    const before = parseSnapshot((await readCacheTagExpiries(database.db, [])).snapshot);
    await database.db.transaction((tx) => expireCacheTags(tx, ["_N_T_/a", "_N_T_/b"]));
    const after = parseSnapshot((await readCacheTagExpiries(database.db, [])).snapshot);
    const xid = (await xidOf("_N_T_/a"))!;
    expect(xid).toBe(await xidOf("_N_T_/b"));
    expect(visibleIn(xid, before)).toBe(false);
    expect(visibleIn(xid, after)).toBe(true);
  });

  it("expiring a tag again records the newer transaction", async () => {
    await database.db.transaction((tx) => expireCacheTags(tx, ["_N_T_/again"]));
    const first = (await xidOf("_N_T_/again"))!;
    await database.db.transaction((tx) => expireCacheTags(tx, ["_N_T_/again", "_N_T_/again"]));
    expect((await xidOf("_N_T_/again"))! > first).toBe(true);
  });

  it("a rolled-back change expires nothing", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await expireCachedCatalog(tx, "everything");
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const rows = await database.db.select().from(cacheTagExpiries).where(eq(cacheTagExpiries.tag, "_N_T_/(catalog)/cached/[locale]/layout"));
    expect(rows).toEqual([]);
  });

  it("a catalog change expires the catalog's tags in the changing transaction", async () => {
    await database.db.transaction(async (tx) => {
      await tx.update(products).set({ priceCents: 4_200 }).where(eq(products.slug, "clay-teapot"));
      await expireCachedCatalog(tx, "everything");
    });
    expect(await xidOf("_N_T_/(catalog)/cached/[locale]/layout")).toBeDefined();
  });
});

describe("a paid order, from any process", () => {
  it("expires its products' pages in every language in the transaction that takes the stock", async () => {
    const created = await createOrderWithAttempt(database.db);
    if (created.kind !== "created") throw new Error("expected a new attempt");
    await recordSaleAccepted(database.db, created.payment, { paymentUrl: "http://pms.test/p", answer: {} });
    const payment = (await getPaymentById(database.db, created.payment.id))!;
    // No request around it: this is how the reconciler and the inbox worker pay an order.
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "reconcile" });
    const order = (await getOrderRow(database.db, created.order.id))!;
    expect(order.status).toBe("paid");
    const slugs = await database.db.select({ slug: products.slug }).from(products).where(eq(products.id, created.lines[0]!.productId!));
    const tags = catalogTagsToExpire({ productSlugs: [slugs[0]!.slug], listings: false });
    expect(tags).toContain(`_N_T_/cached/en/products/${slugs[0]!.slug}`);
    const reading = await readCacheTagExpiries(database.db, tags);
    expect(reading.expired.map(([tag]) => tag).sort()).toEqual([...tags].sort());
  });
});
