import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { cartItems, orderItems } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/tx";
import { takeStockForPaidOrder } from "@/lib/catalog/stock";
import { enqueueConfirmationWhenPaid } from "@/lib/mail/order-paid";
import type { OrderPaid, OrderPaidEffect } from "./order-paid";
import { rememberDeliveredAddress } from "@/lib/accounts/addresses";

export type { OrderPaid, OrderPaidEffect } from "./order-paid";

/** Paid: the shopper's cart no longer holds what they just bought. */
export const clearBoughtItemsFromCart: OrderPaidEffect = async (tx, { order, items }) => {
  if (!order.cartId) return;
  const ids = items.map((row) => row.productId).filter((id): id is number => id !== null);
  if (ids.length === 0) return;
  await tx.delete(cartItems).where(and(eq(cartItems.cartId, order.cartId), inArray(cartItems.productId, ids)));
};

// Stock goes last: a flash sale's orders all lock the same variant rows, so
// the transaction should hold them only from the decrement to the commit.
export const orderPaidEffects: readonly OrderPaidEffect[] = [clearBoughtItemsFromCart, enqueueConfirmationWhenPaid, rememberDeliveredAddress, takeStockForPaidOrder];

export async function runOrderPaidEffects(tx: Tx, paid: Omit<OrderPaid, "items">, effects = orderPaidEffects): Promise<void> {
  const items = await tx.select().from(orderItems).where(eq(orderItems.orderId, paid.order.id)).orderBy(asc(orderItems.id));
  for (const effect of effects) await effect(tx, { ...paid, items });
}
