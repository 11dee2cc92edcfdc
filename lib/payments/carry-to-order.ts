import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { orders, payments, type EventSource, type Order, type OrderStatus, type Payment } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/tx";
import { insertEvent, type PaymentEventKind } from "./events";
import { runOrderPaidEffects } from "./order-paid-effects";
import { livePaymentStatuses, orderStatusesBefore } from "./transitions";

/**
 * What a payment's new status means for its order. Called only by the state
 * writer, inside its transaction, with the order already locked.
 */
export async function carryToOrder(tx: Tx, order: Order, payment: Payment, source: EventSource): Promise<Order> {
  if (payment.status === "succeeded") return markOrderPaid(tx, order, payment, source);
  if (payment.status === "refunded") {
    if (order.paidPaymentId !== payment.id) return order;
    return moveOrder(tx, order, "refunded", payment, source, "order_refunded");
  }
  if (payment.status === "failed" || payment.status === "expired") {
    // The order fails only when no other attempt of it can still succeed.
    const others = await tx
      .select({ id: payments.id })
      .from(payments)
      .where(
        and(
          eq(payments.orderId, order.id),
          ne(payments.id, payment.id),
          inArray(payments.status, [...livePaymentStatuses, "succeeded"]),
        ),
      )
      .limit(1);
    if (others.length > 0 || order.status !== "pending") return order;
    return moveOrder(tx, order, payment.status, payment, source, payment.status === "failed" ? "order_failed" : "order_expired");
  }
  return order;
}

async function markOrderPaid(tx: Tx, order: Order, payment: Payment, source: EventSource): Promise<Order> {
  if (order.status === "paid" || order.status === "refunded") {
    if (order.paidPaymentId === payment.id) return order;
    // Two attempts of one order both succeeded (two tabs, two phones): the
    // order is paid once; the writer flagged this one for refund.
    await insertEvent(tx, payment, {
      kind: "flagged_refund_extra",
      source,
      detail: "a second successful payment for an order that was already paid: refund it",
    });
    return order;
  }
  const late = order.status === "expired" || order.status === "failed";
  const now = new Date();
  const [paid] = await tx
    .update(orders)
    .set({ status: "paid", paidPaymentId: payment.id, updatedAt: now, ...(late && { paidLateAt: now }) })
    .where(and(eq(orders.id, order.id), inArray(orders.status, orderStatusesBefore("paid"))))
    .returning();
  if (!paid) return order;
  await insertEvent(tx, payment, {
    kind: late ? "order_paid_late" : "order_paid",
    source,
    detail: late ? `paid after the order was ${order.status}: fulfil or refund` : undefined,
  });
  await runOrderPaidEffects(tx, { order: paid, payment, late, source });
  return paid;
}

async function moveOrder(
  tx: Tx,
  order: Order,
  to: OrderStatus,
  payment: Payment,
  source: EventSource,
  kind: PaymentEventKind,
): Promise<Order> {
  const [moved] = await tx
    .update(orders)
    .set({ status: to, updatedAt: new Date() })
    .where(and(eq(orders.id, order.id), inArray(orders.status, orderStatusesBefore(to))))
    .returning();
  if (!moved) return order;
  await insertEvent(tx, payment, { kind, source, detail: `order ${order.status} → ${to}` });
  return moved;
}
