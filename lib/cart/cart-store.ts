import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db";
import { cartItems, carts, products, type Product } from "@/lib/db/schema";

export const maxQuantityPerLine = 99;

export type CartLine = { product: Product; quantity: number; lineTotalCents: number };
export type CartView = { id: string | undefined; lines: CartLine[]; itemCount: number; subtotalCents: number };

export const emptyCart: CartView = { id: undefined, lines: [], itemCount: 0, subtotalCents: 0 };

/** Prices come from the products table at read time, never from the browser. */
export async function loadCart(db: Db, cartId: string): Promise<CartView> {
  const rows = await db
    .select({ product: products, quantity: cartItems.quantity })
    .from(cartItems)
    .innerJoin(products, eq(products.id, cartItems.productId))
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.addedAt), asc(products.id));
  const lines = rows.map(({ product, quantity }) => ({
    product,
    quantity,
    lineTotalCents: product.priceCents * quantity,
  }));
  return {
    id: cartId,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotalCents: lines.reduce((sum, line) => sum + line.lineTotalCents, 0),
  };
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
  | { ok: true; product: Product; quantity: number; capped: boolean }
  | { ok: false; reason: "unknown-product" };

/** Adds to the line (one statement, so two quick clicks both count), capped at the line maximum. */
export async function addCartItem(cartId: string, productId: number, quantity: number): Promise<AddResult> {
  const db = await getDb();
  const [product] = await db.select().from(products).where(eq(products.id, productId));
  if (!product) return { ok: false, reason: "unknown-product" };
  const [row] = await db
    .insert(cartItems)
    .values({ cartId, productId, quantity: Math.min(quantity, maxQuantityPerLine) })
    .onConflictDoUpdate({
      target: [cartItems.cartId, cartItems.productId],
      set: { quantity: sql`least(${cartItems.quantity} + excluded.quantity, ${maxQuantityPerLine})` },
    })
    .returning({ quantity: cartItems.quantity });
  await touchCart(db, cartId);
  const total = row?.quantity ?? 0;
  return { ok: true, product, quantity: total, capped: total === maxQuantityPerLine };
}

/** Sets a line's quantity; zero removes the line. */
export async function setCartItemQuantity(cartId: string, productId: number, quantity: number): Promise<void> {
  const db = await getDb();
  const where = and(eq(cartItems.cartId, cartId), eq(cartItems.productId, productId));
  if (quantity <= 0) await db.delete(cartItems).where(where);
  else await db.update(cartItems).set({ quantity: Math.min(quantity, maxQuantityPerLine) }).where(where);
  await touchCart(db, cartId);
}

async function touchCart(db: Db, cartId: string): Promise<void> {
  await db.update(carts).set({ updatedAt: new Date() }).where(eq(carts.id, cartId));
}
