import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { orders, payments, type EventSource, type Order, type Payment, type PaymentFlag, type PaymentStatus } from "@/lib/db/schema";
import { getOrderRow } from "./queries";
import { insertEvent, statusEventKind, type PaymentEventKind } from "./events";
import { carryToOrder } from "./carry-to-order";
import { nextLateCheck } from "./schedule";
import { canMovePayment, finalPaymentStatuses } from "./transitions";

export type ApplyInput = {
  paymentId: string;
  to: PaymentStatus;
  source: EventSource;
  kind?: PaymentEventKind;
  detail?: string | undefined;
  pmsAnswer?: unknown;
  gwRefCode?: string | undefined;
  /** With `to: "pending"` from /online/sales: the payment page PMS opened, and its own deadline. */
  sale?: { paymentUrl: string; pmsTimeoutAt?: Date };
};

export type ApplyResult = { changed: boolean; payment: Payment | undefined; order: Order | undefined };

/**
 * The one place a payment changes status. In one transaction: lock the
 * order then the payment, move the payment only along an allowed edge (a
 * repeat or a stale answer is a no-op), set its flag, append the event, and
 * carry the consequence to the order, including the order-paid effects
 * (order-paid-effects.ts). 50 concurrent copies of one notification make one
 * transition and one event.
 */
export async function applyPaymentStatus(db: Db, input: ApplyInput): Promise<ApplyResult> {
  return db.transaction(async (tx) => {
    // Lock order first, then payment, everywhere: the event row's foreign key
    // share-locks the order, so taking the order lock late would deadlock two
    // attempts of one order succeeding at the same moment.
    const paymentsOrder = tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, input.paymentId));
    const [order] = await tx.select().from(orders).where(inArray(orders.id, paymentsOrder)).for("update");
    const [payment] = await tx.select().from(payments).where(eq(payments.id, input.paymentId)).for("update");
    if (!payment || !order || !canMovePayment(payment.status, input.to)) {
      return { changed: false, payment, order: payment && (await getOrderRow(tx, payment.orderId)) };
    }
    const now = new Date();
    const flag = input.to === "succeeded" ? flagForSuccess(payment, order) : undefined;
    const [moved] = await tx
      .update(payments)
      .set({
        status: input.to,
        updatedAt: now,
        ...(finalPaymentStatuses.includes(input.to) && { finalizedAt: now, nextCheckAt: firstCheckAfterClosing(input.to, now) }),
        ...(input.gwRefCode && { gwRefCode: input.gwRefCode }),
        ...(input.sale && { paymentUrl: input.sale.paymentUrl }),
        ...(input.sale?.pmsTimeoutAt && { pmsTimeoutAt: input.sale.pmsTimeoutAt }),
        ...flag,
      })
      .where(and(eq(payments.id, payment.id), eq(payments.status, payment.status)))
      .returning();
    if (!moved) return { changed: false, payment, order };
    await insertEvent(tx, payment, {
      kind: input.kind ?? statusEventKind[input.to],
      source: input.source,
      fromStatus: payment.status,
      toStatus: input.to,
      detail: input.detail,
      pmsAnswer: input.pmsAnswer,
    });
    return { changed: true, payment: moved, order: await carryToOrder(tx, order, moved, input.source) };
  });
}

/** A failed or expired payment is asked about again later (docs/decisions/006); a paid or refunded one is done. */
function firstCheckAfterClosing(status: PaymentStatus, now: Date): Date | null {
  return status === "failed" || status === "expired" ? nextLateCheck(now, now) : null;
}

/**
 * The only place a success is flagged. PMS is the authority on money, so a
 * success is always applied; staff must still act when it pays an order
 * twice (refund one) or comes after we closed the payment or the order.
 */
function flagForSuccess(payment: Payment, order: Order): { flag: PaymentFlag; flagReason: string } | undefined {
  if ((order.status === "paid" || order.status === "refunded") && order.paidPaymentId !== payment.id) {
    return { flag: "refund_extra", flagReason: `order already paid by payment ${order.paidPaymentId}` };
  }
  if (payment.status === "failed" || payment.status === "expired") {
    return { flag: "paid_late", flagReason: `PMS reported success after we recorded ${payment.status}` };
  }
  if (order.status === "failed" || order.status === "expired") {
    return { flag: "paid_late", flagReason: `PMS reported success after the order was ${order.status}` };
  }
  return undefined;
}

/**
 * PMS's answer does not match our record: never mark anything paid; hold
 * the payment for staff. Recorded once, however often the answer repeats.
 */
export async function holdPaymentForReview(
  db: Db,
  input: { paymentId: string; source: EventSource; reason: string; pmsAnswer: unknown },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [held] = await tx
      .update(payments)
      .set({ flag: "review_mismatch", flagReason: input.reason, nextCheckAt: null, updatedAt: new Date() })
      .where(and(eq(payments.id, input.paymentId), sql`${payments.flag} is distinct from 'review_mismatch'`))
      .returning();
    if (!held) return false;
    await insertEvent(tx, held, {
      kind: "held_for_review",
      source: input.source,
      detail: input.reason,
      pmsAnswer: input.pmsAnswer,
    });
    return true;
  });
}
