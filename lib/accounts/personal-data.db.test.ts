import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox, orderItems, orders, payments, shopperAddresses, shoppers, verificationTokens } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { placeOrder } from "@/lib/orders/test-support";
import { shopperAdapter } from "./adapter";
import { closeShopperAccount, exportShopperData } from "./personal-data";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function shopper(email: string) {
  const [row] = await database.db.insert(shoppers).values({ email, emailVerified: new Date() }).returning();
  return { id: row!.id, email };
}

const orderRow = async (id: string) => (await database.db.select().from(orders).where(eq(orders.id, id)))[0]!;

describe("saved addresses are the addresses goods were delivered to", () => {
  it("a paid courier order saves its address for the account with its email; an unpaid or pick-up one saves nothing", async () => {
    const me = await shopper("deliver@example.com");
    await placeOrder(database.db, { email: me.email, paid: false });
    await placeOrder(database.db, { email: me.email, delivery: "pickup" });
    expect(await database.db.select().from(shopperAddresses).where(eq(shopperAddresses.shopperId, me.id))).toHaveLength(0);
    await placeOrder(database.db, { email: me.email });
    const saved = await database.db.select().from(shopperAddresses).where(eq(shopperAddresses.shopperId, me.id));
    expect(saved.map((a) => [a.name, a.line1, a.region])).toEqual([["Chan Tai Man", "18 Harbour Road", "hk-island"]]);
  });

  it("a new account starts with the addresses its earlier guest orders were delivered to", async () => {
    await placeOrder(database.db, { email: "later@example.com" });
    const created = await shopperAdapter.createUser!({ email: "later@example.com", emailVerified: new Date() });
    const saved = await database.db.select().from(shopperAddresses).where(eq(shopperAddresses.shopperId, created.id));
    expect(saved).toHaveLength(1);
  });
});

describe("a shopper's own data", () => {
  it("exports the account, its addresses and its orders with items and payments, and nobody else's", async () => {
    const me = await shopper("export@example.com");
    const mine = await placeOrder(database.db, { email: me.email });
    await placeOrder(database.db, { email: "someone-else@example.com" });
    const data = (await exportShopperData(database.db, me))!;
    expect(data.account.email).toBe(me.email);
    expect(data.savedAddresses).toHaveLength(1);
    expect(data.orders.map((o) => o.reference)).toEqual([mine.slice(0, 8).toUpperCase()]);
    expect(data.orders[0]!.items.length).toBeGreaterThan(0);
    expect(data.orders[0]!.payments[0]).toMatchObject({ status: "succeeded" });
    expect(JSON.stringify(data)).not.toContain("someone-else@example.com");
    expect(JSON.stringify(data)).not.toMatch(/returnTokenHash|rrn/);
  });

  it("closing the account erases its personal data and keeps its orders for the books, anonymised", async () => {
    const me = await shopper("close@example.com");
    const orderId = await placeOrder(database.db, { email: me.email });
    const other = await placeOrder(database.db, { email: "stays@example.com" });
    await database.db.insert(verificationTokens).values({ identifier: me.email, token: "hash", expires: new Date(Date.now() + 60_000) });
    const before = await orderRow(orderId);
    expect(await database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, me.email))).not.toHaveLength(0);

    const now = new Date("2026-12-01T00:00:00Z");
    expect(await closeShopperAccount(database.db, me, now)).toEqual({ ordersAnonymised: 1 });

    const after = await orderRow(orderId);
    expect(after).toMatchObject({ contactEmail: null, contactPhone: null, deliveryAddress: null, shopperId: null, cartId: null, anonymisedAt: now });
    // What the books need stays: status, totals, items and the payment.
    expect([after.status, after.totalCents, after.deliveryFeeCents]).toEqual([before.status, before.totalCents, before.deliveryFeeCents]);
    expect(await database.db.select().from(orderItems).where(eq(orderItems.orderId, orderId))).not.toHaveLength(0);
    expect(await database.db.select().from(payments).where(eq(payments.orderId, orderId))).toHaveLength(1);
    expect(await database.db.select().from(shoppers).where(eq(shoppers.id, me.id))).toHaveLength(0);
    expect(await database.db.select().from(shopperAddresses).where(eq(shopperAddresses.shopperId, me.id))).toHaveLength(0);
    expect(await database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, me.email))).toHaveLength(0);
    expect(await database.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, me.email))).toHaveLength(0);
    // Another shopper's order is untouched.
    expect((await orderRow(other)).contactEmail).toBe("stays@example.com");
  });
});
