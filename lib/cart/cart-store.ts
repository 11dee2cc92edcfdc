import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db";
import { cartItems, carts, products, productVariants, type Product, type ProductVariant } from "@/lib/db/schema";

export const maxQuantityPerLine = 99;

export type CartLine = { product: Product; variant: ProductVariant; quantity: number; lineTotalCents: number };
export type CartView = { id: string | undefined; lines: CartLine[]; itemCount: number; subtotalCents: number };

export const emptyCart: CartView = { id: undefined, lines: [], itemCount: 0, subtotalCents: 0 };

/** Prices come from the variants table at read time, never from the browser. */
export async function loadCart(db: Db, cartId: string): Promise<CartView> {
  const rows = await db
    .select({ product: products, variant: productVariants, quantity: cartItems.quantity })
    .from(cartItems)
    .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.addedAt), asc(productVariants.id));
  const lines = rows.map(({ product, variant, quantity }) => ({
    product,
    variant,
    quantity,
    lineTotalCents: variant.priceCents * quantity,
  }));
  return {
    id: cartId,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotalCents: lines.reduce((sum, line) => sum + line.lineTotalCents, 0),
  };
}

/** Lines asking for more than is on the shelf right now (checkout re-checks before taking money). */
export function linesShortOfStock(cart: CartView): CartLine[] {
  return cart.lines.filter((line) => line.quantity > line.variant.stock);
}

export async function cartExists(cartId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ id: carts.id }).from(carts).where(eq(carts.id, cartId)).limit(1);
  return Boolean(row);
}

export async function createCart(): Promise<string> {
  const db = await getDb();
  const [row] = await db.insert(carts).values({}).returning({ id: carts.id });
  if (!row) throw new Error("Cart insert returned no row");
  return row.id;
}

export type AddResult =
  | { ok: true; product: Product; variant: ProductVariant; quantity: number; capped: "none" | "line-limit" | "stock" }
  | { ok: false; reason: "unknown-product" | "sold-out" };

/**
 * Adds to the line (one statement, so two quick clicks both count), capped
 * at the line maximum and at the stock on hand. A sold-out variant is refused.
 */
export async function addCartItem(cartId: string, variantId: number, quantity: number): Promise<AddResult> {
  const db = await getDb();
  const [found] = await db
    .select({ product: products, variant: productVariants })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(productVariants.id, variantId));
  if (!found) return { ok: false, reason: "unknown-product" };
  const { product, variant } = found;
  if (variant.stock <= 0) return { ok: false, reason: "sold-out" };
  const limit = Math.min(maxQuantityPerLine, variant.stock);
  const [row] = await db
    .insert(cartItems)
    .values({ cartId, productId: product.id, variantId, quantity: Math.min(quantity, limit) })
    .onConflictDoUpdate({
      target: [cartItems.cartId, cartItems.variantId],
      set: { quantity: sql`least(${cartItems.quantity} + excluded.quantity, ${limit})` },
    })
    .returning({ quantity: cartItems.quantity });
  await touchCart(db, cartId);
  const total = row?.quantity ?? 0;
  const capped = total < limit ? "none" : limit === variant.stock ? "stock" : "line-limit";
  return { ok: true, product, variant, quantity: total, capped };
}

/** Sets a line's quantity (never above the stock on hand); zero removes the line. */
export async function setCartItemQuantity(cartId: string, variantId: number, quantity: number): Promise<void> {
  const db = await getDb();
  const where = and(eq(cartItems.cartId, cartId), eq(cartItems.variantId, variantId));
  if (quantity <= 0) {
    await db.delete(cartItems).where(where);
  } else {
    const [variant] = await db.select({ stock: productVariants.stock }).from(productVariants).where(eq(productVariants.id, variantId));
    const limit = Math.max(1, Math.min(maxQuantityPerLine, variant?.stock ?? 0));
    await db.update(cartItems).set({ quantity: Math.min(quantity, limit) }).where(where);
  }
  await touchCart(db, cartId);
}

async function touchCart(db: Db, cartId: string): Promise<void> {
  await db.update(carts).set({ updatedAt: new Date() }).where(eq(carts.id, cartId));
}
