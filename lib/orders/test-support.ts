import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { orders, type Order } from "@/lib/db/schema";
import { recordSaleAccepted } from "@/lib/payments/sales";
import { applyPaymentStatus } from "@/lib/payments/state-writer";
import { createOrderWithAttempt } from "@/lib/payments/test-support";

export type OrderSetup = { paid?: boolean; delivery?: Order["deliveryMethod"]; locale?: string; email?: string | null };

const address = { name: "Chan Tai Man", line1: "18 Harbour Road", district: "Wan Chai", region: "hk-island" as const };

/** An order placed the way checkout does, with contact and delivery, paid through the state writer; returns its id. */
export async function placeOrder(db: Db, { paid = true, delivery = "courier", locale = "en", email = "shopper@example.com" }: OrderSetup = {}) {
  const { order, payment } = await createOrderWithAttempt(db);
  await db
    .update(orders)
    .set({ locale, contactEmail: email, deliveryMethod: delivery, deliveryAddress: delivery === "courier" ? address : null })
    .where(eq(orders.id, order.id));
  await recordSaleAccepted(db, payment, { paymentUrl: "http://pms.test/p", answer: {} });
  if (paid) await applyPaymentStatus(db, { paymentId: payment.id, to: "succeeded", source: "webhook" });
  return order.id;
}
