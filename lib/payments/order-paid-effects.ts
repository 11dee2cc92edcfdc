import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { cartItems, orderItems, type EventSource, type Order, type Payment } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/tx";
import { takeStockForPaidOrder } from "@/lib/catalog/stock";
import { enqueueConfirmationWhenPaid } from "@/lib/mail/order-paid";

export type OrderPaid = {
  /** The order as it is now: status `paid`, `paidPaymentId` = payment.id. */
  order: Order;
  payment: Payment;
  /** Paid after the order had failed or expired: staff fulfil or refund it. */
  late: boolean;
  source: EventSource;
};

/**
 * Work that must happen exactly when an order becomes paid, and only then.
 *
 * The contract: the state writer calls each effect, in list order, inside the
 * transaction that moved the order to `paid`, right after that conditional
 * update succeeded. So an effect runs exactly once per order however many
 * copies of a notification race (a repeat finds the order already paid and
 * never gets here), and if an effect throws the whole transition rolls back
 * and is retried later by whoever asked PMS. An effect writes only through
 * `tx`, never calls the network, and stays short: it holds the order's lock.
 * To add one (an outbox row, a stock decrement), write it in your own module
 * and append it to the list below.
 */
export type OrderPaidEffect = (tx: Tx, paid: OrderPaid) => Promise<void>;

/** Paid: the shopper's cart no longer holds what they just bought. */
export const clearBoughtItemsFromCart: OrderPaidEffect = async (tx, { order }) => {
  if (!order.cartId) return;
  const bought = await tx.select({ productId: orderItems.productId }).from(orderItems).where(eq(orderItems.orderId, order.id));
  const ids = bought.map((row) => row.productId).filter((id): id is number => id !== null);
  if (ids.length === 0) return;
  await tx.delete(cartItems).where(and(eq(cartItems.cartId, order.cartId), inArray(cartItems.productId, ids)));
};

// Stock goes last: a flash sale's orders all lock the same variant rows, so
// the transaction should hold them only from the decrement to the commit.
export const orderPaidEffects: readonly OrderPaidEffect[] = [clearBoughtItemsFromCart, enqueueConfirmationWhenPaid, takeStockForPaidOrder];

export async function runOrderPaidEffects(tx: Tx, paid: OrderPaid): Promise<void> {
  for (const effect of orderPaidEffects) await effect(tx, paid);
}
