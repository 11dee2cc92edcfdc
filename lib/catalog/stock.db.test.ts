import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { carts, orderItems, orders, paymentEvents, productVariants, stockMovements, type ProductVariant } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { getOrderRow, getPaymentById } from "@/lib/payments/queries";
import { recordSaleAccepted } from "@/lib/payments/sales";
import { applyPaymentStatus } from "@/lib/payments/state-writer";
import { createFakePms, createOrderWithAttempt } from "@/lib/payments/test-support";
import { commitStockForPaidOrder } from "./stock";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.db);
});
afterAll(async () => {
  await database.drop();
});

async function variant(sku: string): Promise<ProductVariant> {
  const [row] = await database.db.select().from(productVariants).where(eq(productVariants.sku, sku));
  return row!;
}

async function orderOf(lines: { sku: string; quantity: number }[]) {
  const [cart] = await database.db.insert(carts).values({}).returning();
  const chosen = await Promise.all(lines.map(async (line) => ({ ...line, variant: await variant(line.sku) })));
  const total = chosen.reduce((sum, line) => sum + line.variant.priceCents * line.quantity, 0);
  const [order] = await database.db.insert(orders).values({ cartId: cart!.id, totalCents: total, locale: "en" }).returning();
  await database.db.insert(orderItems).values(
    chosen.map((line) => ({
      orderId: order!.id,
      productId: line.variant.productId,
      variantId: line.variant.id,
      variantLabel: line.variant.label,
      name: { en: line.sku, "zh-HK": line.sku, "zh-CN": line.sku },
      imagePath: "/products/x.svg",
      unitPriceCents: line.variant.priceCents,
      quantity: line.quantity,
      lineTotalCents: line.variant.priceCents * line.quantity,
    })),
  );
  return order!;
}

describe("taking a paid order's goods off the shelf", () => {
  it("decrements each variant by the quantity bought, once", async () => {
    const before = await Promise.all([variant("ding-ding-tee-l"), variant("ding-ding-tee-s")]);
    const order = await orderOf([
      { sku: "ding-ding-tee-l", quantity: 2 },
      { sku: "ding-ding-tee-s", quantity: 1 },
    ]);
    const first = await database.db.transaction((tx) => commitStockForPaidOrder(tx, order.id));
    const second = await database.db.transaction((tx) => commitStockForPaidOrder(tx, order.id));
    // Both sizes are one product: its page is the one to renew; nothing ran out, so listings stay.
    expect(first).toEqual({ committed: true, shortfall: [], productSlugs: ["ding-ding-tee"], ranOut: false });
    expect(second).toEqual({ committed: false });
    expect((await variant("ding-ding-tee-l")).stock).toBe(before[0].stock - 2);
    expect((await variant("ding-ding-tee-s")).stock).toBe(before[1].stock - 1);
  });

  it("twenty concurrent calls for one order (duplicate notifications) decrement exactly once", async () => {
    const before = (await variant("tieguanyin-oolong-75g")).stock;
    const order = await orderOf([{ sku: "tieguanyin-oolong-75g", quantity: 3 }]);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => database.db.transaction((tx) => commitStockForPaidOrder(tx, order.id))),
    );
    expect(results.filter((result) => result.committed)).toHaveLength(1);
    expect((await variant("tieguanyin-oolong-75g")).stock).toBe(before - 3);
  });

  it("twenty orders of one variant paid at once take one each, and the ledger counts the shelf down without a gap", async () => {
    const before = (await variant("rooster-bowl-small")).stock;
    const paid = await Promise.all(Array.from({ length: 20 }, () => orderOf([{ sku: "rooster-bowl-small", quantity: 1 }])));
    await Promise.all(paid.map((order) => database.db.transaction((tx) => commitStockForPaidOrder(tx, order.id))));
    expect((await variant("rooster-bowl-small")).stock).toBe(before - 20);
    const sold = await database.db
      .select({ stockAfter: stockMovements.stockAfter, delta: stockMovements.delta })
      .from(stockMovements)
      .where(inArray(stockMovements.orderId, paid.map((order) => order.id)));
    // Each sale saw the shelf its predecessor left: twenty distinct counts, each one lower.
    expect(sold.map((row) => row.stockAfter).sort((a, b) => b - a)).toEqual(Array.from({ length: 20 }, (_, i) => before - 1 - i));
    expect(sold.every((row) => row.delta === -1)).toBe(true);
  });

  it("two orders for the last items: both paid, stock stops at zero, the second is flagged with what was short", async () => {
    await database.db.update(productVariants).set({ stock: 2 }).where(eq(productVariants.sku, "bucket-hat-sand"));
    const first = await orderOf([{ sku: "bucket-hat-sand", quantity: 2 }]);
    const second = await orderOf([{ sku: "bucket-hat-sand", quantity: 1 }]);
    const a = await database.db.transaction((tx) => commitStockForPaidOrder(tx, first.id));
    const b = await database.db.transaction((tx) => commitStockForPaidOrder(tx, second.id));
    // Buying the last two runs the variant out: listings show "sold out", so they are renewed too.
    expect(a).toEqual({ committed: true, shortfall: [], productSlugs: ["bucket-hat"], ranOut: true });
    expect(b).toMatchObject({ committed: true, shortfall: [{ sku: "bucket-hat-sand", wanted: 1, had: 0 }], ranOut: true });
    expect((await variant("bucket-hat-sand")).stock).toBe(0);
    const rows = await database.db.select().from(orders).where(inArray(orders.id, [first.id, second.id]));
    expect(rows.find((row) => row.id === first.id)?.stockShortfall).toBeNull();
    expect(rows.find((row) => row.id === second.id)?.stockShortfall).toBe("bucket-hat-sand: paid for 1, 0 left");
  });

  it("a failed transaction leaves both the stock and the claim untouched", async () => {
    const before = (await variant("red-packets")).stock;
    const order = await orderOf([{ sku: "red-packets", quantity: 4 }]);
    await expect(
      database.db.transaction(async (tx) => {
        await commitStockForPaidOrder(tx, order.id);
        throw new Error("the order's transition rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await variant("red-packets")).stock).toBe(before);
    const retried = await database.db.transaction((tx) => commitStockForPaidOrder(tx, order.id));
    expect(retried.committed).toBe(true);
    expect((await variant("red-packets")).stock).toBe(before - 4);
  });
});

/** An order for the first two seeded products (1 and 2 of them), waiting at PMS. */
async function pendingPayment() {
  const created = await createOrderWithAttempt(database.db);
  if (created.kind !== "created") throw new Error("expected a new attempt");
  await recordSaleAccepted(database.db, created.payment, { paymentUrl: "http://pms.test/p", answer: {} });
  return { ...created, payment: (await getPaymentById(database.db, created.payment.id))! };
}

function skuOf(line: { variantId?: number | null | undefined }, variants: ProductVariant[]) {
  return variants.find((variant) => variant.id === line.variantId)!.sku;
}

describe("when the order is paid (through the payment state writer)", () => {
  it("thirty duplicate webhooks and a reconcile racing them take the stock exactly once", async () => {
    const { payment, lines, order } = await pendingPayment();
    const all = await database.db.select().from(productVariants);
    const before = await Promise.all(lines.map((line) => variant(skuOf(line, all))));
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "succeeded", amountCents: payment.amountCents });
    await Promise.all([
      ...Array.from({ length: 30 }, () => confirmPayment({ payment, source: "webhook", client: pms.client })),
      applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "reconcile" }),
    ]);
    expect((await getOrderRow(database.db, order.id))!.status).toBe("paid");
    for (const [index, line] of lines.entries()) {
      expect((await variant(skuOf(line, all))).stock).toBe(before[index]!.stock - line.quantity);
    }
    expect((await getOrderRow(database.db, order.id))!.stockCommittedAt).not.toBeNull();
  });

  it("goods that sold out meanwhile: the order is still paid, stock stays at zero, the payment is flagged for staff", async () => {
    const { payment, lines, order } = await pendingPayment();
    const all = await database.db.select().from(productVariants);
    const gone = skuOf(lines[0]!, all);
    await database.db.update(productVariants).set({ stock: 0 }).where(eq(productVariants.sku, gone));
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" });
    expect((await getOrderRow(database.db, order.id))!.status).toBe("paid");
    expect((await variant(gone)).stock).toBe(0);
    const flagged = (await getPaymentById(database.db, payment.id))!;
    expect(flagged.flag).toBe("stock_short");
    expect(flagged.flagReason).toContain(gone);
    const events = await database.db.select().from(paymentEvents).where(eq(paymentEvents.paymentId, payment.id));
    expect(events.filter((event) => event.kind === "stock_short")).toHaveLength(1);
  });
});
