import { sql, type SQL } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Text in every interface language; `en` is the fallback. */
export type LocalizedText = { en: string; "zh-HK": string; "zh-CN": string };

export const categories = pgTable("categories", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  slug: text("slug").notNull().unique(),
  name: jsonb("name").$type<LocalizedText>().notNull(),
  description: jsonb("description").$type<LocalizedText>().notNull(),
  position: integer("position").notNull().default(0),
  // Optimistic concurrency: every staff save bumps it, and a save from an older copy is refused.
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  // The staff member who saved last; null for what the seed wrote.
  updatedBy: text("updated_by"),
});

export type Category = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;

/** Only published products are in the shop, its sitemap, search and JSON-LD; archived ones keep their orders. */
export const productStatus = pgEnum("product_status", ["draft", "published", "archived"]);
export type ProductStatus = (typeof productStatus.enumValues)[number];

/** What a product's variants differ by; null when it has one variant only. */
export type VariantKind = "size" | "colour" | "weight";

// Every language's name and description in one lower-cased column: one
// trigram index (pg_trgm) serves a search typed in any of them.
const searchable = (...parts: SQL[]) => sql.join(parts.map((part) => sql`coalesce(${part}, '')`), sql` || ' ' || `);

export const products = pgTable(
  "products",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    categoryId: integer("category_id").references(() => categories.id, { onDelete: "set null" }),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull(),
    // Integer cents of HKD: money is never a float anywhere in this codebase.
    // The lowest variant price ("from"), kept by the seed for listings.
    priceCents: integer("price_cents").notNull(),
    variantKind: text("variant_kind").$type<VariantKind>(),
    imagePath: text("image_path").notNull(),
    status: productStatus("status").notNull().default("draft"),
    // Optimistic concurrency: every staff save bumps it (stock sold by orders does not), and a
    // save from an older copy is refused with who saved last and when.
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    // The staff member who saved last; null for what the seed wrote.
    updatedBy: text("updated_by"),
    searchText: text("search_text").generatedAlwaysAs(
      (): SQL =>
        sql`lower(${searchable(
          sql`(name ->> 'en')`,
          sql`(name ->> 'zh-HK')`,
          sql`(name ->> 'zh-CN')`,
          sql`(description ->> 'en')`,
          sql`(description ->> 'zh-HK')`,
          sql`(description ->> 'zh-CN')`,
        )})`,
    ),
  },
  (t) => [
    check("products_price_positive", sql`${t.priceCents} > 0`),
    check("products_variant_kind", sql`${t.variantKind} in ('size', 'colour', 'weight')`),
    index("products_category_idx").on(t.categoryId),
    index("products_status_idx").on(t.status),
    // One index per listing order, and its twin within a category, over the published products the
    // shop lists: a page is a short index walk and its count an index-only scan (lib/catalog/queries.ts).
    index("products_listed_idx").on(t.id).where(sql`${t.status} = 'published'`),
    index("products_listed_price_idx").on(t.priceCents, t.id).where(sql`${t.status} = 'published'`),
    index("products_listed_created_idx").on(t.createdAt, t.id).where(sql`${t.status} = 'published'`),
    index("products_listed_category_idx").on(t.categoryId, t.id).where(sql`${t.status} = 'published'`),
    index("products_listed_category_price_idx").on(t.categoryId, t.priceCents, t.id).where(sql`${t.status} = 'published'`),
    index("products_listed_category_created_idx").on(t.categoryId, t.createdAt, t.id).where(sql`${t.status} = 'published'`),
    index("products_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;

/**
 * What a shopper actually buys: every product has at least one variant,
 * each with its own price and stock. `label` is null for a product's only variant.
 */
export const productVariants = pgTable(
  "product_variants",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    sku: text("sku").notNull().unique(),
    label: jsonb("label").$type<LocalizedText>(),
    priceCents: integer("price_cents").notNull(),
    stock: integer("stock").notNull().default(0),
    position: integer("position").notNull().default(0),
    /** Low stock at or below this; null: the shop-wide threshold (inventory_settings). */
    lowStockThreshold: integer("low_stock_threshold"),
  },
  (t) => [
    check("product_variants_price_positive", sql`${t.priceCents} > 0`),
    check("product_variants_stock_not_negative", sql`${t.stock} >= 0`),
    index("product_variants_product_idx").on(t.productId),
  ],
);

export type ProductVariant = typeof productVariants.$inferSelect;
export type NewProductVariant = typeof productVariants.$inferInsert;

/**
 * A product's earlier slugs: `/products/<old>` answers a permanent redirect to
 * its current slug, so links and search results from before a rename still work.
 */
export const productSlugRedirects = pgTable(
  "product_slug_redirects",
  {
    oldSlug: text("old_slug").primaryKey(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("product_slug_redirects_product_idx").on(t.productId)],
);

export type ProductSlugRedirect = typeof productSlugRedirects.$inferSelect;
