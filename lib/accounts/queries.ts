import "server-only";
import { and, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { cartItems, carts, orders, shopperAddresses, type Order, type ShopperAddress } from "@/lib/db/schema";
import type { DeliveryAddress, DeliveryRegion } from "@/lib/checkout/delivery";
import { saveAddress } from "./addresses";
import type { ShopperSession } from "./shopper";

/**
 * A shopper's orders from any device: placed while signed in or from a cart
 * that joined their account (orders.shopper_id), or placed as a guest with
 * the email their sign-in link proved. The same rule as viewerOwns.
 */
export async function listShopperOrders(shopper: ShopperSession): Promise<Order[]> {
  const db = await getDb();
  return db
    .select()
    .from(orders)
    .where(or(eq(orders.shopperId, shopper.id), eq(orders.contactEmail, shopper.email)))
    .orderBy(desc(orders.createdAt))
    .limit(100);
}

export async function listSavedAddresses(shopper: ShopperSession): Promise<ShopperAddress[]> {
  const db = await getDb();
  return db.select().from(shopperAddresses).where(eq(shopperAddresses.shopperId, shopper.id)).orderBy(desc(shopperAddresses.lastUsedAt));
}

export async function findLatestAddress(shopper: ShopperSession): Promise<DeliveryAddress | undefined> {
  const [latest] = await listSavedAddresses(shopper);
  if (!latest) return undefined;
  return { name: latest.name, line1: latest.line1, line2: latest.line2 ?? undefined, district: latest.district, region: latest.region as DeliveryRegion };
}

/** Ownership in the statement itself: another shopper's address id deletes nothing. */
export async function deleteSavedAddress(shopper: ShopperSession, addressId: string): Promise<boolean> {
  const db = await getDb();
  const deleted = await db
    .delete(shopperAddresses)
    .where(and(eq(shopperAddresses.id, addressId), eq(shopperAddresses.shopperId, shopper.id)))
    .returning({ id: shopperAddresses.id });
  return deleted.length > 0;
}

export async function rememberAddress(shopper: ShopperSession, address: DeliveryAddress): Promise<void> {
  await saveAddress(await getDb(), shopper.id, address);
}

/**
 * The browser's cart joins the account on sign-in. Items left in the
 * account's other carts (another device) move into this one, quantities
 * added and capped like the cart itself, so the shopper finds one cart.
 */
export async function joinCartToShopper(cartId: string, shopperId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [cart] = await tx.update(carts).set({ shopperId, updatedAt: new Date() }).where(eq(carts.id, cartId)).returning({ id: carts.id });
    if (!cart) return;
    // The orders this browser placed as a guest become the account's too.
    await tx.update(orders).set({ shopperId }).where(and(eq(orders.cartId, cartId), isNull(orders.shopperId)));
    const others = tx.select({ id: carts.id }).from(carts).where(and(eq(carts.shopperId, shopperId), ne(carts.id, cartId)));
    const moving = await tx.select().from(cartItems).where(inArray(cartItems.cartId, others));
    for (const item of moving) {
      await tx
        .insert(cartItems)
        .values({ cartId, productId: item.productId, variantId: item.variantId, quantity: item.quantity })
        .onConflictDoUpdate({
          target: [cartItems.cartId, cartItems.variantId],
          set: { quantity: sql`least(${cartItems.quantity} + excluded.quantity, 99)` },
        });
    }
    if (moving.length > 0) await tx.delete(cartItems).where(inArray(cartItems.cartId, others));
  });
}
