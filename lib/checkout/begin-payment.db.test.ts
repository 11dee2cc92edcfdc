import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cartItems, carts, orders, payments, productVariants } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import type { PmsClient } from "@/lib/pms";
import { beginPayment } from "./begin-payment";
import type { CheckoutDetails } from "./details";
import { loadCheckoutDetails, saveCheckoutDetails } from "./details-store";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.db);
});
afterAll(async () => {
  await database.drop();
});

/** A PMS that takes (or refuses) every sale and remembers the amounts it was asked for. */
function salesPms(answer: "accept" | "refuse" = "accept") {
  const amounts: number[] = [];
  const client = {
    async createSale(input: { amountCents: number; rrn: string }) {
      amounts.push(input.amountCents);
      if (answer === "refuse") {
        return { ok: false, failure: { kind: "pms-error", errorCode: "601", shopperMessage: "no", detail: "refused" } };
      }
      return { ok: true, data: { errorCode: "0", paymentUrl: `http://pms.test/pay/${input.rrn}`, gwRefCode: null, timeout: 300 } };
    },
  } as unknown as PmsClient;
  return { client, amounts };
}

async function cartWorth(cents: number) {
  const [variant] = await database.db.select().from(productVariants).orderBy(productVariants.priceCents).limit(1);
  // Enough on the shelf for any cart here: checkout refuses lines short of stock.
  await database.db.update(productVariants).set({ stock: 99 }).where(eq(productVariants.id, variant!.id));
  const [cart] = await database.db.insert(carts).values({}).returning();
  const quantity = Math.min(Math.max(1, Math.floor(cents / variant!.priceCents)), 99);
  await database.db.insert(cartItems).values({ cartId: cart!.id, productId: variant!.productId, variantId: variant!.id, quantity });
  return { cartId: cart!.id, itemsCents: variant!.priceCents * quantity };
}

const courier: CheckoutDetails = {
  email: "shopper@example.com",
  delivery: "courier",
  address: { name: "Chan Tai Man", line1: "18 Harbour Road", district: "Wan Chai", region: "hk-island" },
};
const pickup: CheckoutDetails = { email: "shopper@example.com", delivery: "pickup" };

const start = (cartId: string, details: CheckoutDetails | undefined, client: PmsClient, method = "WXPAY" as const) =>
  beginPayment({ cartId, locale: "en", method, details, seller: "Harbour Goods" }, client);

describe("checkout totals", () => {
  it("order total and PMS amount are the items plus the courier fee, in cents", async () => {
    const { cartId, itemsCents } = await cartWorth(10_000);
    expect(itemsCents).toBeLessThan(50_000);
    const pms = salesPms();
    const result = await start(cartId, courier, pms.client);
    if (!result.ok) throw new Error(result.reason);
    const [order] = await database.db.select().from(orders).where(eq(orders.id, result.payment.orderId));
    expect(order!.deliveryFeeCents).toBe(3_000);
    expect(order!.totalCents).toBe(itemsCents + 3_000);
    expect(result.payment.amountCents).toBe(itemsCents + 3_000);
    expect(pms.amounts).toEqual([itemsCents + 3_000]);
    expect(order!.contactEmail).toBe("shopper@example.com");
    expect(order!.deliveryAddress).toMatchObject({ region: "hk-island", district: "Wan Chai" });
  });

  it("courier is free once the items reach HK$500, and pick-up is always free", async () => {
    const big = await cartWorth(60_000);
    expect(big.itemsCents).toBeGreaterThanOrEqual(50_000);
    const courierResult = await start(big.cartId, courier, salesPms().client);
    expect(courierResult.ok && courierResult.payment.amountCents).toBe(big.itemsCents);
    const small = await cartWorth(10_000);
    const pickupResult = await start(small.cartId, pickup, salesPms().client);
    expect(pickupResult.ok && pickupResult.payment.amountCents).toBe(small.itemsCents);
  });

  it("a new order without contact details is refused and nothing is written", async () => {
    const { cartId } = await cartWorth(10_000);
    const pms = salesPms();
    expect(await start(cartId, undefined, pms.client)).toEqual({ ok: false, reason: "no-details" });
    expect(pms.amounts).toEqual([]);
    expect(await database.db.select().from(orders).where(eq(orders.cartId, cartId))).toHaveLength(0);
  });

  it("switching delivery after starting a payment makes a new order with the new total, never reusing the old amount", async () => {
    const { cartId, itemsCents } = await cartWorth(10_000);
    const first = await start(cartId, courier, salesPms().client);
    const second = await start(cartId, pickup, salesPms().client);
    if (!first.ok || !second.ok) throw new Error("expected both to start");
    expect(second.payment.orderId).not.toBe(first.payment.orderId);
    expect(second.payment.amountCents).toBe(itemsCents);
  });
});

describe("paying an existing order again", () => {
  it("another browser's order id starts nothing: no sale asked of PMS, no attempt written", async () => {
    const owner = await cartWorth(10_000);
    const placed = await start(owner.cartId, courier, salesPms().client);
    if (!placed.ok) throw new Error("expected the owner's payment to start");
    const stranger = await cartWorth(10_000);
    const pms = salesPms();
    const attemptsBefore = await database.db.select().from(payments).where(eq(payments.orderId, placed.payment.orderId));
    const result = await beginPayment(
      { cartId: stranger.cartId, locale: "en", method: "VMPAY", details: undefined, orderId: placed.payment.orderId, seller: "Harbour Goods" },
      pms.client,
    );
    expect(result).toEqual({ ok: false, reason: "not-found" });
    expect(pms.amounts).toEqual([]);
    expect(await database.db.select().from(payments).where(eq(payments.orderId, placed.payment.orderId))).toHaveLength(attemptsBefore.length);
  });
});

describe("details survive a refused payment", () => {
  it("the cart keeps the details and its items when PMS refuses the sale", async () => {
    const { cartId } = await cartWorth(10_000);
    await saveCheckoutDetails(cartId, courier);
    const refused = await start(cartId, courier, salesPms("refuse").client);
    expect(refused).toEqual({ ok: false, reason: "pms-error" });
    expect(await loadCheckoutDetails(cartId)).toEqual(courier);
    expect(await database.db.select().from(cartItems).where(eq(cartItems.cartId, cartId))).toHaveLength(1);
    const retried = await start(cartId, courier, salesPms().client);
    expect(retried.ok).toBe(true);
  });
});
