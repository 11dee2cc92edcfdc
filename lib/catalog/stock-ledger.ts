import "server-only";
import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { inventorySettings, products, productVariants, stockMovements, type StockMovement, type StockMovementKind } from "@/lib/db/schema";
import type { Executor, Tx } from "@/lib/db/tx";
import { recordStaffAction } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { expireCachedCatalog } from "./catalog-cache";

/** Who moves stock: the staff member the page or action resolved; the ledger names them by email. */
export type StockActor = Pick<StaffActor, "email" | "role">;

/** What staff may record; `sold` is only ever written by the order-paid effect. */
export type StaffStockKind = Exclude<StockMovementKind, "sold">;

/** A change by so much, or a count: "the shelf holds 12" (what a stocktake or the CSV says). */
export type StockChange = { variantId: number; kind: StaffStockKind; reason: string } & ({ delta: number } | { setTo: number });

export type AdjustStockResult =
  | { kind: "adjusted"; movements: StockMovement[]; productSlugs: string[] }
  | { kind: "refused"; message: string; variantId?: number };

const maxReason = 500;
const maxStock = 1_000_000;
// Each INSERT carries 8 parameters a row; PostgreSQL allows 65,535 per statement.
const rowsPerInsert = 5_000;

/** Why a change is refused before the database is asked; undefined when it may go ahead. */
export function refuseChange(actor: StockActor, change: StockChange): string | undefined {
  if (!can(actor, "catalog.edit")) return "A read-only account cannot change stock.";
  if (!actor.email) return "Stock changes need a signed-in staff member.";
  const reason = change.reason.trim();
  if (!reason) return "Say why the stock changes.";
  if (reason.length > maxReason) return `The reason is at most ${maxReason} characters.`;
  const amount = "delta" in change ? change.delta : change.setTo;
  if (!Number.isSafeInteger(amount) || Math.abs(amount) > maxStock) return "Stock is a whole number up to 1,000,000.";
  if ("setTo" in change) return change.setTo < 0 ? "Stock cannot be below zero." : undefined;
  if (change.delta === 0) return "A change of zero changes nothing.";
  // Goods received or put back only add; taking goods off is a correction that says why.
  if (change.kind !== "correction" && change.delta < 0) return "Received or restocked goods add to the shelf; record a loss as a correction.";
  return undefined;
}

/**
 * Staff change one variant's stock: the shelf count, its ledger row and
 * the audit row (lib/audit) move in the caller's transaction, or none does.
 * Refuses (as a value) a change that would take the shelf below zero.
 * Expires the product's cached pages on every instance in that same
 * transaction (docs/decisions/010). The product editor and the stock page call this.
 */
export async function adjustStock(tx: Tx, actor: StaffActor, change: StockChange, now = new Date()): Promise<AdjustStockResult> {
  const result = await adjustStockMany(tx, actor, [change], now);
  const [movement] = result.kind === "adjusted" ? result.movements : [];
  if (movement) {
    await recordStaffAction(tx, actor, {
      kind: "catalog.update",
      record: { type: "variant", id: String(movement.variantId) },
      before: { stock: movement.stockAfter - movement.delta },
      after: { stock: movement.stockAfter, ledger: movement.kind, reason: movement.reason },
      at: now,
    });
  }
  return result;
}

/**
 * Many variants at once (the CSV import): one locking read in id order (no
 * deadlock with the order-paid effect, which locks the same way), one
 * UPDATE and one INSERT per 5,000 rows. A count equal to the shelf is no
 * change and writes no row. All or nothing: one refusal refuses them all.
 * Writes no audit row: its caller (the CSV import) records the whole change.
 */
export async function adjustStockMany(tx: Tx, actor: StockActor, changes: StockChange[], now = new Date()): Promise<AdjustStockResult> {
  for (const change of changes) {
    const refusal = refuseChange(actor, change);
    if (refusal) return { kind: "refused", message: refusal, variantId: change.variantId };
  }
  if (changes.length === 0) return { kind: "adjusted", movements: [], productSlugs: [] };
  const ids = [...new Set(changes.map((change) => change.variantId))];
  const shelf = await tx
    .select({ id: productVariants.id, stock: productVariants.stock, slug: products.slug })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(inArray(productVariants.id, ids))
    .orderBy(asc(productVariants.id))
    .for("update", { of: productVariants });
  const stockOf = new Map(shelf.map((row) => [row.id, row.stock]));
  const rows: (typeof stockMovements.$inferInsert)[] = [];
  for (const change of changes) {
    const before = stockOf.get(change.variantId);
    if (before === undefined) return { kind: "refused", message: "No such variant.", variantId: change.variantId };
    const after = "setTo" in change ? change.setTo : before + change.delta;
    if (after < 0) return { kind: "refused", message: `Only ${before} on the shelf: it cannot go below zero.`, variantId: change.variantId };
    if (after > maxStock) return { kind: "refused", message: "Stock is at most 1,000,000.", variantId: change.variantId };
    if (after === before) continue;
    stockOf.set(change.variantId, after);
    rows.push({ variantId: change.variantId, kind: change.kind, delta: after - before, stockAfter: after, reason: change.reason.trim(), actor: actor.email, createdAt: now });
  }
  if (rows.length === 0) return { kind: "adjusted", movements: [], productSlugs: [] };
  const movements: StockMovement[] = [];
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    const batch = rows.slice(start, start + rowsPerInsert);
    await setShelfCounts(tx, [...new Map(batch.map((row) => [row.variantId, row.stockAfter])).entries()]);
    movements.push(...(await tx.insert(stockMovements).values(batch).returning()));
  }
  const moved = new Set(rows.map((row) => row.variantId));
  const productSlugs = [...new Set(shelf.filter((row) => moved.has(row.id)).map((row) => row.slug))];
  // Running out or coming back both change listings ("sold out"); other counts show only on the product's page.
  const listings = rows.some((row) => row.stockAfter === 0 || row.stockAfter === row.delta);
  await expireCachedCatalog(tx, { productSlugs, listings });
  return { kind: "adjusted", movements, productSlugs };
}

async function setShelfCounts(tx: Tx, counts: [variantId: number, stock: number][]) {
  const values = sql.join(
    counts.map(([id, stock]) => sql`(${id}::int, ${stock}::int)`),
    sql`, `,
  );
  await tx.execute(sql`update product_variants as pv set stock = v.stock from (values ${values}) as v(id, stock) where pv.id = v.id`);
}

export type LedgerEntry = StockMovement & { sku: string; productName: { en: string } };

/** A page of the ledger, newest first; `before` is the id to continue after (keyset paging: any size). */
export async function listStockMovements(
  db: Executor,
  options: { variantId?: number | undefined; before?: number | undefined; limit?: number } = {},
): Promise<LedgerEntry[]> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const rows = await db
    .select({ movement: stockMovements, sku: productVariants.sku, productName: products.name })
    .from(stockMovements)
    .innerJoin(productVariants, eq(productVariants.id, stockMovements.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(
      and(
        options.variantId ? eq(stockMovements.variantId, options.variantId) : undefined,
        options.before ? lt(stockMovements.id, options.before) : undefined,
      ),
    )
    .orderBy(desc(stockMovements.id))
    .limit(limit);
  return rows.map(({ movement, sku, productName }) => ({ ...movement, sku, productName }));
}

export type LowStockRow = { variantId: number; sku: string; productId: number; productName: { en: string }; stock: number; threshold: number };

/** The shop-wide low-stock threshold (inventory_settings), 5 until staff set it. */
export async function getShopLowStockThreshold(db: Executor): Promise<number> {
  const [row] = await db.select({ threshold: inventorySettings.lowStockThreshold }).from(inventorySettings).where(eq(inventorySettings.id, 1));
  return row?.threshold ?? 5;
}

export async function setShopLowStockThreshold(tx: Tx, actor: StaffActor, threshold: number): Promise<{ kind: "saved" } | { kind: "refused"; message: string }> {
  if (!can(actor, "catalog.edit")) return { kind: "refused", message: "A read-only account cannot change settings." };
  if (!Number.isSafeInteger(threshold) || threshold < 0 || threshold > maxStock) return { kind: "refused", message: "The threshold is a whole number, 0 or more." };
  const before = await getShopLowStockThreshold(tx);
  await tx
    .insert(inventorySettings)
    .values({ id: 1, lowStockThreshold: threshold, updatedBy: actor.email })
    .onConflictDoUpdate({ target: inventorySettings.id, set: { lowStockThreshold: threshold, updatedBy: actor.email, updatedAt: sql`now()` } });
  await recordStaffAction(tx, actor, { kind: "catalog.update", record: { type: "inventory_settings", id: "1" }, before: { lowStockThreshold: before }, after: { lowStockThreshold: threshold } });
  return { kind: "saved" };
}

/**
 * Variants at or below their threshold (their own, else the shop's), the
 * emptiest first, a page at a time. Archived products are left out: nobody
 * restocks what is no longer sold.
 */
export async function listLowStock(db: Executor, options: { limit?: number; offset?: number } = {}): Promise<{ rows: LowStockRow[]; shopThreshold: number }> {
  const shopThreshold = await getShopLowStockThreshold(db);
  const threshold = sql<number>`coalesce(${productVariants.lowStockThreshold}, ${shopThreshold}::int)`;
  const rows = await db
    .select({ variantId: productVariants.id, sku: productVariants.sku, productId: products.id, productName: products.name, stock: productVariants.stock, threshold })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(sql`${productVariants.stock} <= ${threshold}`, sql`${products.status} <> 'archived'`))
    .orderBy(asc(productVariants.stock), asc(productVariants.id))
    .limit(Math.min(Math.max(options.limit ?? 50, 1), 200))
    .offset(Math.max(options.offset ?? 0, 0));
  return { rows, shopThreshold };
}

export async function findVariantBySku(db: Executor, sku: string) {
  const [row] = await db
    .select({ id: productVariants.id, sku: productVariants.sku, stock: productVariants.stock, lowStockThreshold: productVariants.lowStockThreshold, productName: products.name })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(productVariants.sku, sku));
  return row;
}
