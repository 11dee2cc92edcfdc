import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { cacheTagExpiries, orderItems, orders, payments, products, productVariants, stockMovements, type OrderItem } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/tx";
import { insertEvent } from "@/lib/payments/events";
import type { OrderPaidEffect } from "@/lib/payments/order-paid";
import { orderReference } from "@/lib/orders/reference";
import { rowsOf } from "@/lib/db/rows";
import { catalogTagsToExpire } from "./catalog-cache";

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
 * the inventory ledger, and the product's cached pages (all listings, if a
 * variant ran out) expire on every instance, in the same statement.
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

  // Read before any lock: which products these are, so the tags to expire are known in advance.
  const variantsOf = await tx
    .select({ slug: products.slug })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(inArray(productVariants.id, [...byVariant.keys()]));
  const productSlugs = [...new Set(variantsOf.map((row) => row.slug))];
  const shelf = await takeOffShelf(tx, {
    wanted: [...byVariant].map(([variantId, quantity]) => ({ variantId, quantity })),
    reason: `Order #${orderReference(orderId)}`,
    orderId,
    now,
    productTags: catalogTagsToExpire({ productSlugs, listings: false }),
    listingTags: catalogTagsToExpire({ productSlugs, listings: true }),
  });
  const shortfall: StockShortfall[] = shelf
    .filter((row) => row.quantity > row.stockBefore)
    .map((row) => ({ variantId: row.variantId, sku: row.sku, wanted: row.quantity, had: row.stockBefore }));
  if (shortfall.length > 0) {
    await tx.update(orders).set({ stockShortfall: describeShortfall(shortfall) }).where(eq(orders.id, orderId));
  }
  const ranOut = shelf.some((row) => row.stockBefore <= row.quantity);
  return { committed: true, shortfall, productSlugs, ranOut };
}

type ShelfRow = { variantId: number; sku: string; stockBefore: number; quantity: number };

/**
 * Every write a flash sale's orders share, in one statement: lock the
 * variants in id order (no deadlock with staff changes, which lock the same
 * way), decrement them (never below zero), write the ledger's "sold" rows
 * and expire the cached pages. Those rows are the same for every order of a
 * product, so each paying transaction holds them from this statement to
 * its commit and no round trip longer: call it last.
 */
async function takeOffShelf(
  tx: Tx,
  input: { wanted: { variantId: number; quantity: number }[]; reason: string; orderId: string; now: Date; productTags: string[]; listingTags: string[] },
): Promise<ShelfRow[]> {
  const ranOut = sql`exists (select 1 from shelf s join wanted w on w.variant_id = s.id where s.stock <= w.quantity)`;
  const rows = await tx.execute(sql`
    with wanted as (
      select * from jsonb_to_recordset(${JSON.stringify(input.wanted.map((w) => ({ variant_id: w.variantId, quantity: w.quantity })))}::jsonb)
        as w(variant_id integer, quantity integer)
    ),
    shelf as (
      select v.id, v.sku, v.stock from ${productVariants} v
      where v.id in (select variant_id from wanted) order by v.id for update
    ),
    moved as (
      update ${productVariants} v set stock = greatest(s.stock - w.quantity, 0)
      from shelf s join wanted w on w.variant_id = s.id where v.id = s.id
    ),
    sold as (
      insert into ${stockMovements} (variant_id, kind, delta, stock_after, reason, actor, order_id, created_at)
      select s.id, 'sold', greatest(s.stock - w.quantity, 0) - s.stock, greatest(s.stock - w.quantity, 0), ${input.reason}, 'shop', ${input.orderId}::uuid, ${input.now.toISOString()}::timestamptz
      from shelf s join wanted w on w.variant_id = s.id
    ),
    expired as (
      insert into ${cacheTagExpiries} (tag, xid)
      select tag, pg_current_xact_id()::text::bigint from (
        select jsonb_array_elements_text(${JSON.stringify(input.productTags)}::jsonb) as tag where not ${ranOut}
        union
        select jsonb_array_elements_text(${JSON.stringify(input.listingTags)}::jsonb) where ${ranOut}
      ) t order by tag
      on conflict (tag) do update set xid = excluded.xid, expired_at = now()
    )
    select s.id as variant_id, s.sku, s.stock as stock_before, w.quantity from shelf s join wanted w on w.variant_id = s.id order by s.id`);
  return rowsOf<{ variant_id: number; sku: string; stock_before: number; quantity: number }>(rows).map((row) => ({ variantId: Number(row.variant_id), sku: row.sku, stockBefore: Number(row.stock_before), quantity: Number(row.quantity) }));
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
  // Stock and the cached pages showing it (docs/decisions/010) move in this transaction: every
  // instance shows the new stock once it commits, and nothing if it rolls back.
  const result = await commitStockForPaidOrder(tx, order.id, new Date(), items);
  if (!result.committed || result.shortfall.length === 0) return;
  const detail = describeShortfall(result.shortfall);
  await tx
    .update(payments)
    .set({ flag: "stock_short", flagReason: `sold out meanwhile: ${detail}` })
    .where(and(eq(payments.id, payment.id), isNull(payments.flag)));
  await insertEvent(tx, payment, { kind: "stock_short", source, detail: `paid for goods that sold out meanwhile (${detail}): restock, substitute or refund` });
};
