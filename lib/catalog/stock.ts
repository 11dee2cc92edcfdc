import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { orderItems, orders, payments, products, productVariants, type OrderItem } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/tx";
import { insertEvent } from "@/lib/payments/events";
import type { OrderPaidEffect } from "@/lib/payments/order-paid";
import { orderReference } from "@/lib/orders/reference";
import { expireCachedCatalog } from "./catalog-cache";
import { recordSales } from "./stock-ledger";

export type StockShortfall = { variantId: number; sku: string; wanted: number; had: number };
export type CommitStockResult =
  | { committed: false }
  | {
      committed: true;
      shortfall: StockShortfall[];
      /** The products whose stock moved, and whether a variant ran out (which listings show). */
      productSlugs: string[];
      ranOut: boolean;
    };

/**
 * Takes a paid order's goods off the shelf, inside the transaction that
 * marks it paid. Exactly once per order: the order's `stock_committed_at`
 * is claimed first, so a second call (a duplicate webhook, a reconcile
 * racing the result page) changes nothing. Goods that sold out meanwhile
 * are not refused (PMS already has the money): stock stops at zero and
 * the shortfall is returned for staff. Each line's "sold" row goes into
 * the inventory ledger (lib/catalog/stock-ledger.ts) with it.
 */
export async function commitStockForPaidOrder(
  tx: Tx,
  orderId: string,
  now = new Date(),
  items?: Pick<OrderItem, "variantId" | "quantity">[],
): Promise<CommitStockResult> {
  const [claimed] = await tx
    .update(orders)
    .set({ stockCommittedAt: now })
    .where(and(eq(orders.id, orderId), isNull(orders.stockCommittedAt)))
    .returning({ id: orders.id });
  if (!claimed) return { committed: false };

  const lines = items ?? (await tx.select({ variantId: orderItems.variantId, quantity: orderItems.quantity }).from(orderItems).where(eq(orderItems.orderId, orderId)));
  const byVariant = new Map<number, number>();
  for (const line of lines) if (line.variantId !== null) byVariant.set(line.variantId, (byVariant.get(line.variantId) ?? 0) + line.quantity);
  if (byVariant.size === 0) return { committed: true, shortfall: [], productSlugs: [], ranOut: false };

  // Lock in id order, so two orders sharing variants never deadlock.
  const shelf = await tx
    .select({ id: productVariants.id, sku: productVariants.sku, stock: productVariants.stock, slug: products.slug })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(inArray(productVariants.id, [...byVariant.keys()]))
    .orderBy(asc(productVariants.id))
    .for("update", { of: productVariants });
  const shortfall: StockShortfall[] = [];
  for (const variant of shelf) {
    const quantity = byVariant.get(variant.id) ?? 0;
    if (quantity > variant.stock) shortfall.push({ variantId: variant.id, sku: variant.sku, wanted: quantity, had: variant.stock });
    await tx
      .update(productVariants)
      .set({ stock: sql`greatest(${productVariants.stock} - ${quantity}, 0)` })
      .where(eq(productVariants.id, variant.id));
  }
  // The ledger's "sold" rows: one INSERT for the whole order, under the same locks.
  const sold = shelf.map((variant) => ({ variantId: variant.id, quantity: byVariant.get(variant.id) ?? 0, stockBefore: variant.stock }));
  await recordSales(tx, orderId, sold, `Order #${orderReference(orderId)}`, now);
  if (shortfall.length > 0) {
    await tx.update(orders).set({ stockShortfall: describeShortfall(shortfall) }).where(eq(orders.id, orderId));
  }
  const ranOut = shelf.some((variant) => variant.stock <= (byVariant.get(variant.id) ?? 0));
  return { committed: true, shortfall, productSlugs: [...new Set(shelf.map((variant) => variant.slug))], ranOut };
}

export function describeShortfall(shortfall: StockShortfall[]): string {
  return shortfall.map((line) => `${line.sku}: paid for ${line.wanted}, ${line.had} left`).join("; ");
}

/**
 * The order-paid effect: goods off the shelf in the paying transaction. A
 * shortfall flags the payment for staff (unless it already carries a flag)
 * and tells the payment's story why.
 */
export const takeStockForPaidOrder: OrderPaidEffect = async (tx, { order, payment, source, items }) => {
  const result = await commitStockForPaidOrder(tx, order.id, new Date(), items);
  if (!result.committed) return;
  // The cached product pages show stock ("only 3 left"); listings only "sold out". Expired in this
  // transaction, so every instance shows the new stock once it commits, and nothing if it rolls back.
  await expireCachedCatalog(tx, { productSlugs: result.productSlugs, listings: result.ranOut });
  if (result.shortfall.length === 0) return;
  const detail = describeShortfall(result.shortfall);
  await tx
    .update(payments)
    .set({ flag: "stock_short", flagReason: `sold out meanwhile: ${detail}` })
    .where(and(eq(payments.id, payment.id), isNull(payments.flag)));
  await insertEvent(tx, payment, { kind: "stock_short", source, detail: `paid for goods that sold out meanwhile (${detail}): restock, substitute or refund` });
};
