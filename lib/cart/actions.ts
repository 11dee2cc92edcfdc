"use server";

import { refresh } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { itemName } from "@/lib/catalog/names";
import { readCartIdCookie, writeCartIdCookie } from "./cart-cookie";
import { addCartItem, cartExists, createCart, maxQuantityPerLine, setCartItemQuantity } from "./cart-store";

const addToCartSchema = z.object({
  variantId: z.coerce.number().int().positive(),
  quantity: z.coerce.number().int().min(1).max(maxQuantityPerLine),
});

const updateLineSchema = z.object({
  variantId: z.coerce.number().int().positive(),
  quantity: z.coerce.number().int().min(0).max(maxQuantityPerLine),
});

export async function addToCartAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const parsed = addToCartSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", message: t("Errors.invalidRequest"), fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { variantId, quantity } = parsed.data;
  let result;
  try {
    const cartId = await getOrCreateCartId();
    result = await addCartItem(cartId, variantId, quantity);
  } catch (error) {
    console.error("[cart] add failed", error);
    return { status: "error", message: t("Errors.unexpected") };
  }
  // No revalidatePath here: it would expire the cached catalog for everyone on every add. The header
  // count on a cached page is asked for again by the browser (cart-count.client.tsx), told by the form.
  if (!result.ok) {
    return { status: "error", message: t(result.reason === "sold-out" ? "Errors.soldOut" : "Errors.productUnavailable") };
  }
  if (result.capped === "line-limit") return { status: "success", message: t("Errors.quantityLimit", { max: maxQuantityPerLine }) };
  const locale = await getLocale();
  const name = itemName(result.product.name, result.variant.label, locale);
  if (result.capped === "stock") return { status: "success", message: t("Product.addedAllLeft", { name, count: result.quantity }) };
  return { status: "success", message: t("Product.added", { name }) };
}

export async function updateCartLineAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const parsed = updateLineSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: t("Errors.invalidRequest") };
  // Ownership: a shopper can only touch the cart their own cookie names.
  const cartId = await readCartIdCookie();
  if (!cartId) return { status: "error", message: t("Errors.invalidRequest") };
  try {
    await setCartItemQuantity(cartId, parsed.data.variantId, parsed.data.quantity);
  } catch (error) {
    console.error("[cart] update failed", error);
    return { status: "error", message: t("Errors.unexpected") };
  }
  // The cart page (rendered per request) shows the new totals; the cached catalog is left alone.
  refresh();
  return { status: "success", message: t("Cart.updated") };
}

async function getOrCreateCartId(): Promise<string> {
  const existing = await readCartIdCookie();
  if (existing && (await cartExists(existing))) return existing;
  const cartId = await createCart();
  await writeCartIdCookie(cartId);
  return cartId;
}
