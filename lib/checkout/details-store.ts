import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { carts } from "@/lib/db/schema";
import type { OrderDetails } from "@/lib/payments/attempts";
import { deliveryFeeCents } from "./delivery";
import type { CheckoutDetails } from "./details";

/** Kept on the cart, so a refused payment or a reload finds the form as the shopper left it. */
export async function saveCheckoutDetails(cartId: string, details: CheckoutDetails): Promise<void> {
  const db = await getDb();
  await db.update(carts).set({ checkoutDetails: details }).where(eq(carts.id, cartId));
}

export async function loadCheckoutDetails(cartId: string | undefined): Promise<CheckoutDetails | undefined> {
  if (!cartId) return undefined;
  const db = await getDb();
  const [row] = await db.select({ details: carts.checkoutDetails }).from(carts).where(eq(carts.id, cartId)).limit(1);
  return row?.details ?? undefined;
}

/** The order's columns for these details, with the fee the items total earns. */
export function toOrderDetails(details: CheckoutDetails, itemsCents: number, shopperId?: string): OrderDetails {
  return {
    shopperId: shopperId ?? null,
    contactEmail: details.email,
    contactPhone: details.phone ?? null,
    deliveryMethod: details.delivery,
    deliveryAddress: details.delivery === "courier" ? details.address : null,
    deliveryFeeCents: deliveryFeeCents(details.delivery, itemsCents),
  };
}
