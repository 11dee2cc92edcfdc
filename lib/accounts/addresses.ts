import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import type { DeliveryAddress } from "@/lib/checkout/delivery";
import { orders, shopperAddresses, shoppers } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/tx";
import type { OrderPaidEffect } from "@/lib/payments/order-paid";

/** One saved address per recipient and street; saving it again only marks it as the latest. */
export async function saveAddress(db: Executor, shopperId: string, address: DeliveryAddress, now = new Date()): Promise<void> {
  await db
    .insert(shopperAddresses)
    .values({ shopperId, ...address, line2: address.line2 ?? null, lastUsedAt: now })
    .onConflictDoUpdate({
      target: [shopperAddresses.shopperId, shopperAddresses.name, shopperAddresses.line1, shopperAddresses.district, shopperAddresses.region],
      set: { lastUsedAt: now, line2: address.line2 ?? null },
    });
}

/**
 * "Saved addresses" are the addresses a shopper had goods delivered to: a courier order, once
 * paid, saves its address for the account that placed it, or whose proven email it carries.
 * An order-paid effect, so in the payment's own transaction; an order nobody's account owns
 * saves nothing.
 */
export const rememberDeliveredAddress: OrderPaidEffect = async (tx, { order }) => {
  if (order.deliveryMethod !== "courier" || !order.deliveryAddress) return;
  const owner = order.shopperId ? eq(shoppers.id, order.shopperId) : order.contactEmail ? eq(shoppers.email, order.contactEmail) : undefined;
  if (!owner) return;
  const [shopper] = await tx.select({ id: shoppers.id }).from(shoppers).where(owner).limit(1);
  if (shopper) await saveAddress(tx, shopper.id, order.deliveryAddress);
};

/** A new account starts with the addresses its email's paid courier orders went to, placed as a guest before. */
export async function importDeliveredAddresses(db: Executor, shopperId: string, email: string): Promise<void> {
  const delivered = await db
    .select({ address: orders.deliveryAddress, paidAt: orders.updatedAt })
    .from(orders)
    .where(and(eq(orders.contactEmail, email), eq(orders.status, "paid"), eq(orders.deliveryMethod, "courier"), isNotNull(orders.deliveryAddress)))
    .orderBy(orders.createdAt)
    .limit(20);
  for (const { address, paidAt } of delivered) if (address) await saveAddress(db, shopperId, address, paidAt);
}
