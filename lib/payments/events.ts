import "server-only";
import type { EventSource, Payment, PaymentStatus } from "@/lib/db/schema";
import { paymentEvents } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/tx";

/**
 * Every kind of row in a payment's story. Each one has a label under
 * `EventKind` in messages/*.json (events.test.ts checks it), so adding a kind
 * here is how the timeline learns to show it.
 */
export const paymentEventKinds = [
  "attempt_created",
  "sale_accepted",
  "sale_refused",
  "sale_unanswered",
  "payment_pending",
  "payment_succeeded",
  "payment_failed",
  "payment_expired",
  "payment_refunded",
  "order_paid",
  "order_paid_late",
  "order_failed",
  "order_expired",
  "order_refunded",
  "held_for_review",
  "flagged_refund_extra",
  "unknown_at_pms",
  "gave_up",
  "unknown_pms_status",
  "pms_unreachable",
  "pms_reachable",
  "webhook_unconfirmed",
  "stock_short",
] as const;

export type PaymentEventKind = (typeof paymentEventKinds)[number];

/** The event a move to `status` records when the caller names no more specific kind. */
export const statusEventKind: Record<PaymentStatus, PaymentEventKind> = {
  created: "attempt_created",
  pending: "payment_pending",
  succeeded: "payment_succeeded",
  failed: "payment_failed",
  expired: "payment_expired",
  refunded: "payment_refunded",
};

export type EventInput = {
  kind: PaymentEventKind;
  source: EventSource;
  detail?: string | undefined;
  pmsAnswer?: unknown;
  fromStatus?: PaymentStatus;
  toStatus?: PaymentStatus;
};

/** Appends one row to a payment's story; pass the transaction that made the change it records. */
export async function insertEvent(db: Executor, payment: Pick<Payment, "id" | "orderId">, event: EventInput) {
  await db.insert(paymentEvents).values({
    paymentId: payment.id,
    orderId: payment.orderId,
    kind: event.kind,
    source: event.source,
    detail: event.detail ?? null,
    pmsAnswer: event.pmsAnswer ?? null,
    fromStatus: event.fromStatus ?? null,
    toStatus: event.toStatus ?? null,
  });
}
