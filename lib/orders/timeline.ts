import type { Order, Payment, PaymentEvent } from "@/lib/db/schema";
import type { PmsPaymentType } from "@pms-kit/client/payment-types";
import { trackingUrl } from "./carriers";

/**
 * One step of an order told in the shopper's words. Only what the shopper did or will
 * notice: placed, paid (and how), shipped or ready for pick-up, collected, refunded.
 * The gateway's own story (pages opened, attempts declined, queries) stays with staff.
 */
export type TimelineStep =
  | { kind: "placed"; at: Date }
  | { kind: "paid"; at: Date; method: PmsPaymentType | undefined }
  | { kind: "shipped"; at: Date; carrier: string; tracking: string; trackingUrl: string | undefined }
  | { kind: "ready_for_pickup"; at: Date }
  | { kind: "collected"; at: Date }
  | { kind: "refunded"; at: Date };

type TimelineOrder = Pick<Order, "createdAt" | "paidPaymentId" | "fulfilment" | "fulfilledAt" | "carrier" | "trackingNumber" | "collectedAt">;

const paidKinds = new Set(["order_paid", "order_paid_late"]);

/** The steps, oldest first; each at most once, whatever retries, copies and checks the payment took. */
export function shopperTimeline(
  order: TimelineOrder,
  payments: Pick<Payment, "id" | "method">[],
  events: Pick<PaymentEvent, "kind" | "createdAt">[],
): TimelineStep[] {
  const steps: TimelineStep[] = [{ kind: "placed", at: order.createdAt }];
  const paid = events.find((event) => paidKinds.has(event.kind));
  if (paid) steps.push({ kind: "paid", at: paid.createdAt, method: payments.find((p) => p.id === order.paidPaymentId)?.method });
  if (order.fulfilment === "shipped" && order.fulfilledAt && order.carrier && order.trackingNumber) {
    steps.push({
      kind: "shipped",
      at: order.fulfilledAt,
      carrier: order.carrier,
      tracking: order.trackingNumber,
      trackingUrl: trackingUrl(order.carrier, order.trackingNumber),
    });
  }
  if (order.fulfilment === "ready_for_pickup" && order.fulfilledAt) steps.push({ kind: "ready_for_pickup", at: order.fulfilledAt });
  if (order.collectedAt) steps.push({ kind: "collected", at: order.collectedAt });
  const refunded = events.find((event) => event.kind === "order_refunded");
  if (refunded) steps.push({ kind: "refunded", at: refunded.createdAt });
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}

type BadgeOrder = Pick<Order, "status" | "fulfilment" | "collectedAt">;

/**
 * The one word for where an order stands, following fulfilment once it is paid: a shipped
 * order says "shipped", not "paid". A key under OrderStatus in messages/*.json.
 */
export function orderBadge(order: BadgeOrder): "pending" | "paid" | "failed" | "expired" | "refunded" | "shipped" | "ready_for_pickup" | "collected" {
  if (order.status !== "paid" || !order.fulfilment) return order.status;
  return order.collectedAt ? "collected" : order.fulfilment;
}
