import type { OrderStatus, PaymentStatus } from "@/lib/db/schema/orders";

/**
 * Which payment status may follow which. Monotonic: nothing goes back to
 * pending, a success never becomes a failure. PMS is the authority on money,
 * so a success it reports after we saw a failure or a timeout is still
 * applied (and flagged "paid late" for staff), never ignored.
 */
const paymentTransitions: Record<PaymentStatus, readonly PaymentStatus[]> = {
  created: ["pending", "succeeded", "failed", "expired"],
  pending: ["succeeded", "failed", "expired"],
  failed: ["succeeded"],
  expired: ["succeeded"],
  succeeded: ["refunded"],
  refunded: [],
};

export function canMovePayment(from: PaymentStatus, to: PaymentStatus): boolean {
  return paymentTransitions[from].includes(to);
}

/** The statuses a payment may be in for a move to `to`: the WHERE of the conditional update. */
export function paymentStatusesBefore(to: PaymentStatus): PaymentStatus[] {
  return (Object.keys(paymentTransitions) as PaymentStatus[]).filter((from) => canMovePayment(from, to));
}

export const livePaymentStatuses: readonly PaymentStatus[] = ["created", "pending"];
export const finalPaymentStatuses: readonly PaymentStatus[] = ["succeeded", "failed", "expired", "refunded"];

export function isFinalPayment(status: PaymentStatus): boolean {
  return finalPaymentStatuses.includes(status);
}

/**
 * Order statuses. A failed or expired order goes back to pending only when
 * the shopper deliberately starts another attempt; paid is final except for
 * a refund of the payment that paid it.
 */
const orderTransitions: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ["paid", "failed", "expired"],
  failed: ["pending", "paid"],
  expired: ["pending", "paid"],
  paid: ["refunded"],
  refunded: [],
};

export function canMoveOrder(from: OrderStatus, to: OrderStatus): boolean {
  return orderTransitions[from].includes(to);
}

export function orderStatusesBefore(to: OrderStatus): OrderStatus[] {
  return (Object.keys(orderTransitions) as OrderStatus[]).filter((from) => canMoveOrder(from, to));
}
