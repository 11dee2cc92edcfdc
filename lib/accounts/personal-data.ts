import "server-only";
import { asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import {
  carts,
  mailOutbox,
  orderItems,
  orders,
  payments,
  shopperAddresses,
  shoppers,
  verificationTokens,
} from "@/lib/db/schema";
import { orderReference } from "@/lib/orders/reference";
import type { ShopperSession } from "./shopper";

/** The orders that are the shopper's: placed signed in, from a cart that joined the account, or with their proven email. */
const ordersOf = (shopper: ShopperSession) => or(eq(orders.shopperId, shopper.id), eq(orders.contactEmail, shopper.email));

/**
 * Everything the shop holds about a signed-in shopper, as one JSON-ready value: the account,
 * its saved addresses, and each of its orders with items and payment attempts (method and
 * status; no PMS codes beyond the method, no tokens). What the privacy page promises a
 * data access request gets (PDPO), without having to ask.
 */
export async function exportShopperData(db: Db, shopper: ShopperSession, now = new Date()) {
  const [account] = await db.select().from(shoppers).where(eq(shoppers.id, shopper.id)).limit(1);
  if (!account) return undefined;
  const [addresses, placed] = await Promise.all([
    db.select().from(shopperAddresses).where(eq(shopperAddresses.shopperId, shopper.id)).orderBy(desc(shopperAddresses.lastUsedAt)),
    db.select().from(orders).where(ordersOf(shopper)).orderBy(desc(orders.createdAt)),
  ]);
  const ids = placed.map((order) => order.id);
  const [items, attempts] = ids.length
    ? await Promise.all([
        db.select().from(orderItems).where(inArray(orderItems.orderId, ids)).orderBy(asc(orderItems.id)),
        db.select().from(payments).where(inArray(payments.orderId, ids)).orderBy(asc(payments.createdAt)),
      ])
    : [[], []];
  return {
    exportedAt: now.toISOString(),
    account: { email: account.email, createdAt: account.createdAt.toISOString(), emailVerifiedAt: account.emailVerified?.toISOString() ?? null },
    savedAddresses: addresses.map(({ name, line1, line2, district, region, lastUsedAt }) => ({
      name,
      line1,
      line2,
      district,
      region,
      lastUsedAt: lastUsedAt.toISOString(),
    })),
    orders: placed.map((order) => ({
      reference: orderReference(order.id),
      placedAt: order.createdAt.toISOString(),
      status: order.status,
      fulfilment: order.collectedAt ? "collected" : order.fulfilment,
      contact: { email: order.contactEmail, phone: order.contactPhone },
      delivery: { method: order.deliveryMethod, address: order.deliveryAddress, carrier: order.carrier, trackingNumber: order.trackingNumber },
      totalCents: order.totalCents,
      deliveryFeeCents: order.deliveryFeeCents,
      currency: order.currency,
      items: items
        .filter((item) => item.orderId === order.id)
        .map((item) => ({ name: item.name, variant: item.variantLabel, quantity: item.quantity, unitPriceCents: item.unitPriceCents })),
      payments: attempts
        .filter((payment) => payment.orderId === order.id)
        .map((payment) => ({ method: payment.method, status: payment.status, amountCents: payment.amountCents, startedAt: payment.createdAt.toISOString() })),
    })),
  };
}

export type ShopperDataExport = NonNullable<Awaited<ReturnType<typeof exportShopperData>>>;

/**
 * Closes the account: its personal data is erased in one transaction, and its orders stay for
 * the merchant's books (Inland Revenue Ordinance), anonymised: no email, phone or address, no
 * link to a browser or an account; totals, items and payments are kept, and `anonymisedAt`
 * says why the contact is empty. Mail written to the address and its sign-in links go too.
 */
export async function closeShopperAccount(db: Db, shopper: ShopperSession, now = new Date()): Promise<{ ordersAnonymised: number }> {
  return db.transaction(async (tx) => {
    const mine = await tx.select({ id: orders.id, cartId: orders.cartId }).from(orders).where(ordersOf(shopper)).for("update");
    const ids = mine.map((order) => order.id);
    const cartIds = mine.map((order) => order.cartId).filter((id): id is string => id !== null);
    if (ids.length) {
      await tx
        .update(orders)
        .set({ contactEmail: null, contactPhone: null, deliveryAddress: null, shopperId: null, cartId: null, anonymisedAt: now, updatedAt: now })
        .where(inArray(orders.id, ids));
    }
    // What checkout kept on the carts (contact, address), on this account's carts and the ones its orders came from.
    await tx
      .update(carts)
      .set({ checkoutDetails: null, shopperId: null })
      .where(or(eq(carts.shopperId, shopper.id), cartIds.length ? inArray(carts.id, cartIds) : sql`false`));
    await tx.delete(mailOutbox).where(eq(sql`lower(${mailOutbox.toAddress})`, shopper.email));
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, shopper.email));
    // Saved addresses go with the account (ON DELETE CASCADE).
    await tx.delete(shoppers).where(eq(shoppers.id, shopper.id));
    return { ordersAnonymised: ids.length };
  });
}
