import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { productVariants } from "./catalog";
import { orders } from "./orders";

/** Why a variant's shelf count moved. `sold` is written by the order-paid effect; the rest by staff. */
export const stockMovementKinds = ["received", "correction", "sold", "restocked"] as const;
export type StockMovementKind = (typeof stockMovementKinds)[number];

/**
 * The inventory ledger: one row per change of a variant's stock, written in
 * the transaction that moves `product_variants.stock`, so the shelf count
 * always equals the seeded count plus the sum of its rows. Append-only.
 */
export const stockMovements = pgTable(
  "stock_movements",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    variantId: integer("variant_id")
      .notNull()
      .references(() => productVariants.id, { onDelete: "cascade" }),
    kind: text("kind").$type<StockMovementKind>().notNull(),
    /** Signed: what the shelf count actually moved by (a sale of 3 with 1 left moves it by -1). */
    delta: integer("delta").notNull(),
    /** The shelf count right after this row. */
    stockAfter: integer("stock_after").notNull(),
    reason: text("reason").notNull(),
    /** Staff email, or "shop" for the order-paid effect. */
    actor: text("actor").notNull(),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("stock_movements_kind", sql`${t.kind} in ('received', 'correction', 'sold', 'restocked')`),
    check("stock_movements_stock_after_not_negative", sql`${t.stockAfter} >= 0`),
    index("stock_movements_variant_idx").on(t.variantId, t.id),
    index("stock_movements_created_idx").on(t.createdAt),
  ],
);

export type StockMovement = typeof stockMovements.$inferSelect;

/** Shop-wide settings of the inventory: one row (id = 1). A variant's own threshold wins over it. */
export const inventorySettings = pgTable(
  "inventory_settings",
  {
    id: integer("id").primaryKey().default(1),
    lowStockThreshold: integer("low_stock_threshold").notNull().default(5),
    updatedBy: text("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("inventory_settings_one_row", sql`${t.id} = 1`),
    check("inventory_settings_threshold_not_negative", sql`${t.lowStockThreshold} >= 0`),
  ],
);
