import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { productVariants, staffAudit, stockMovements, type ProductVariant } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { placeOrder } from "@/lib/orders/test-support";
import { orderReference } from "@/lib/orders/reference";
import { adjustStock, adjustStockMany, listStockMovements } from "./stock-ledger";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.db);
});
afterAll(async () => {
  await database.drop();
});

const staff: StaffActor = { id: "staff", email: "staff@harbour.test", name: "Staff", role: "owner" };

async function variant(sku: string): Promise<ProductVariant> {
  const [row] = await database.db.select().from(productVariants).where(eq(productVariants.sku, sku));
  return row!;
}

async function ledgerOf(variantId: number) {
  return database.db.select().from(stockMovements).where(eq(stockMovements.variantId, variantId)).orderBy(stockMovements.id);
}

describe("staff stock changes", () => {
  it("goods received move the shelf and write one row saying who, when and why", async () => {
    const tea = await variant("jasmine-tea");
    const now = new Date("2026-12-01T02:00:00Z");
    const result = await database.db.transaction((tx) =>
      adjustStock(tx, staff, { variantId: tea.id, kind: "received", delta: 12, reason: "Delivery from Fujian" }, now),
    );
    expect(result).toMatchObject({ kind: "adjusted", productSlugs: ["jasmine-tea"] });
    expect((await variant("jasmine-tea")).stock).toBe(tea.stock + 12);
    const [row] = await ledgerOf(tea.id);
    expect(row).toMatchObject({ kind: "received", delta: 12, stockAfter: tea.stock + 12, actor: staff.email, reason: "Delivery from Fujian" });
    expect(row!.createdAt.toISOString()).toBe(now.toISOString());
    const [audit] = await database.db.select().from(staffAudit).where(eq(staffAudit.recordId, String(tea.id)));
    expect(audit).toMatchObject({ kind: "catalog.update", recordType: "variant", actorEmail: staff.email, before: { stock: tea.stock } });
    expect(audit!.after).toEqual({ stock: tea.stock + 12, ledger: "received", reason: "Delivery from Fujian" });
  });

  it("a stocktake count is written as a correction by the difference", async () => {
    const cup = await variant("milk-tea-cup");
    await database.db.transaction((tx) => adjustStock(tx, staff, { variantId: cup.id, kind: "correction", setTo: cup.stock - 3, reason: "Stocktake: 3 chipped" }));
    expect((await variant("milk-tea-cup")).stock).toBe(cup.stock - 3);
    expect((await ledgerOf(cup.id)).at(-1)).toMatchObject({ kind: "correction", delta: -3, stockAfter: cup.stock - 3 });
  });

  it("never takes the shelf below zero, and a refusal changes nothing", async () => {
    const hat = await variant("bucket-hat-sand");
    const result = await database.db.transaction((tx) =>
      adjustStock(tx, staff, { variantId: hat.id, kind: "correction", delta: -(hat.stock + 1), reason: "Lost" }),
    );
    expect(result).toEqual({ kind: "refused", message: `Only ${hat.stock} on the shelf: it cannot go below zero.`, variantId: hat.id });
    expect((await variant("bucket-hat-sand")).stock).toBe(hat.stock);
    expect(await ledgerOf(hat.id)).toHaveLength(0);
  });

  it("refuses a change without a reason, a negative delivery, zero, and a read-only account", async () => {
    const hat = await variant("bucket-hat-sand");
    const tries = [
      [staff, { variantId: hat.id, kind: "received", delta: 2, reason: "  " }, "Say why the stock changes."],
      [staff, { variantId: hat.id, kind: "received", delta: -2, reason: "x" }, "Received or restocked goods add to the shelf; record a loss as a correction."],
      [staff, { variantId: hat.id, kind: "correction", delta: 0, reason: "x" }, "A change of zero changes nothing."],
      [{ ...staff, role: "read_only" as const }, { variantId: hat.id, kind: "received", delta: 2, reason: "x" }, "A read-only account cannot change stock."],
    ] as const;
    for (const [actor, change, message] of tries) {
      const result = await database.db.transaction((tx) => adjustStock(tx, actor, change));
      expect(result).toMatchObject({ kind: "refused", message });
    }
    expect(await ledgerOf(hat.id)).toHaveLength(0);
  });

  it("many changes are all or nothing: one bad line leaves every shelf as it was", async () => {
    const [a, b] = await Promise.all([variant("ding-ding-tee-s"), variant("ding-ding-tee-m")]);
    const result = await database.db.transaction((tx) =>
      adjustStockMany(tx, staff, [
        { variantId: a.id, kind: "correction", setTo: 40, reason: "CSV" },
        { variantId: b.id, kind: "correction", setTo: -1, reason: "CSV" },
      ]),
    );
    expect(result.kind).toBe("refused");
    expect((await variant("ding-ding-tee-s")).stock).toBe(a.stock);
    expect(await ledgerOf(a.id)).toHaveLength(0);
  });

  it("a rolled-back transaction takes its row with it: shelf and ledger move together", async () => {
    const tea = await variant("jasmine-tea");
    const rowsBefore = (await ledgerOf(tea.id)).length;
    await expect(
      database.db.transaction(async (tx) => {
        await adjustStock(tx, staff, { variantId: tea.id, kind: "received", delta: 5, reason: "x" });
        throw new Error("the editor's save failed");
      }),
    ).rejects.toThrow("save failed");
    expect((await variant("jasmine-tea")).stock).toBe(tea.stock);
    expect(await ledgerOf(tea.id)).toHaveLength(rowsBefore);
  });
});

describe("sales", () => {
  it("a paid order writes one 'sold' row per line, naming the order, and the shelf equals the ledger's sum", async () => {
    const orderId = await placeOrder(database.db);
    const sold = await database.db.select().from(stockMovements).where(eq(stockMovements.orderId, orderId));
    expect(sold.length).toBeGreaterThan(0);
    for (const row of sold) {
      expect(row).toMatchObject({ kind: "sold", actor: "shop", reason: `Order #${orderReference(orderId)}` });
      expect(row.delta).toBeLessThan(0);
      const [shelf] = await database.db.select().from(productVariants).where(eq(productVariants.id, row.variantId));
      expect(shelf!.stock).toBe(row.stockAfter);
    }
  });

  it("the ledger pages newest first, for one variant or all", async () => {
    const tea = await variant("jasmine-tea");
    const first = await listStockMovements(database.db, { limit: 1 });
    const next = await listStockMovements(database.db, { limit: 50, before: first[0]!.id });
    expect(next.every((row) => row.id < first[0]!.id)).toBe(true);
    const teaRows = await listStockMovements(database.db, { variantId: tea.id });
    expect(teaRows.map((row) => row.sku)).toEqual(teaRows.map(() => "jasmine-tea"));
    const [{ total }] = (await database.db.select({ total: count() }).from(stockMovements)) as [{ total: number }];
    expect(first.length + next.length).toBe(Math.min(total, 51));
  });
});
