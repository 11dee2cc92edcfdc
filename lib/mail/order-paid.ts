import "server-only";
import type { OrderPaidEffect } from "@/lib/payments/order-paid";
import { enqueueOrderConfirmation } from "./outbox";

/**
 * The order confirmation, written to the outbox inside the transaction that
 * marks the order paid: it exists exactly when the order is paid, once.
 */
export const enqueueConfirmationWhenPaid: OrderPaidEffect = async (tx, { order, items }) => {
  await enqueueOrderConfirmation(tx, order.id, { order, items });
};
