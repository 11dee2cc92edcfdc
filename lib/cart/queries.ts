import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { readCartIdCookie } from "./cart-cookie";
import { emptyCart, loadCart, type CartView } from "./cart-store";

/** The current shopper's cart, read once per request (header and page share it). */
export const getCurrentCart = cache(async (): Promise<CartView> => {
  const cartId = await readCartIdCookie();
  if (!cartId) return emptyCart;
  return loadCart(await getDb(), cartId);
});
