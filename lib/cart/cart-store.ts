import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db";
import { cartItems, carts, products, productVariants, type Product, type ProductVariant } from "@/lib/db/schema";

export const maxQuantityPerLine = 99;

export type CartLine = {
  product: Product;
  variant: ProductVariant;
  quantity: number;
  lineTotalCents: number;
  /** The unit price when the shopper last saw it, if staff changed it since (the cart says so); else null. */
  previousPriceCents: number | null;
};
export type CartView = { id: string | undefined; lines: CartLine[]; itemCount: number; subtotalCents: number };

export const emptyCart: CartView = { id: undefined, lines: [], itemCount: 0, subtotalCents: 0 };

/** Prices come from the variants table at read time, never from the browser. */
export async function loadCart(db: Db, cartId: string): Promise<CartView> {
  const rows = await db
    .select({ product: products, variant: productVariants, quantity: cartItems.quantity, seenPriceCents: cartItems.seenPriceCents })
    .from(cartItems)
    .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.addedAt), asc(productVariants.id));
  const lines = rows.map(({ product, variant, quantity, seenPriceCents }) => ({
    product,
    variant,
    quantity,
    lineTotalCents: variant.priceCents * quantity,
    previousPriceCents: seenPriceCents !== null && seenPriceCents !== variant.priceCents ? seenPriceCents : null,
  }));
  return {
    id: cartId,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotalCents: lines.reduce((sum, line) => sum + line.lineTotalCents, 0),
  };
}

/** A line whose product staff took out of the shop (draft or archived) since it was added: it cannot be bought. */
export function isLineUnavailable(line: CartLine): boolean {
  return line.product.status !== "published";
}

/** Lines that cannot be bought as they stand: more than is on the shelf right now, or no longer sold (checkout re-checks before taking money). */
export function linesShortOfStock(cart: CartView): CartLine[] {
  return cart.lines.filter((line) => isLineUnavailable(line) || line.quantity > line.variant.stock);
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
  if (!found || found.product.status !== "published") return { ok: false, reason: "unknown-product" };
  const { product, variant } = found;
  if (variant.stock <= 0) return { ok: false, reason: "sold-out" };
  const limit = Math.min(maxQuantityPerLine, variant.stock);
  const [row] = await db
    .insert(cartItems)
    // The price the shopper was shown when adding: the cart says so if staff change it later.
    .values({ cartId, productId: product.id, variantId, quantity: Math.min(quantity, limit), seenPriceCents: variant.priceCents })
    .onConflictDoUpdate({
      target: [cartItems.cartId, cartItems.variantId],
      set: { quantity: sql`least(${cartItems.quantity} + excluded.quantity, ${limit})`, seenPriceCents: sql`excluded.seen_price_cents` },
    })
    .returning({ quantity: cartItems.quantity });
  await touchCart(db, cartId);
  const total = row?.quantity ?? 0;
  const capped = total < limit ? "none" : limit === variant.stock ? "stock" : "line-limit";
  return { ok: true, product, variant, quantity: total, capped };
}

/** Sets a line's quantity (never above the stock on hand); zero removes the line. The shopper acted on the line with its price in view: it is no longer news. */
export async function setCartItemQuantity(cartId: string, variantId: number, quantity: number): Promise<void> {
  const db = await getDb();
  const where = and(eq(cartItems.cartId, cartId), eq(cartItems.variantId, variantId));
  if (quantity <= 0) {
    await db.delete(cartItems).where(where);
  } else {
    const [variant] = await db.select({ stock: productVariants.stock, priceCents: productVariants.priceCents }).from(productVariants).where(eq(productVariants.id, variantId));
    const limit = Math.max(1, Math.min(maxQuantityPerLine, variant?.stock ?? 0));
    await db.update(cartItems).set({ quantity: Math.min(quantity, limit), ...(variant && { seenPriceCents: variant.priceCents }) }).where(where);
  }
  await touchCart(db, cartId);
}

async function touchCart(db: Db, cartId: string): Promise<void> {
  await db.update(carts).set({ updatedAt: new Date() }).where(eq(carts.id, cartId));
}
