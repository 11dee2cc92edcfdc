import { sql } from "drizzle-orm";
import { check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { products, productVariants, type LocalizedText } from "./catalog";

// postgres.js hands back a Buffer, PGlite a Uint8Array: both are bytes to us.
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** A picture staff uploaded for a product, in the product's order; optionally the picture of one variant. */
export const productImages = pgTable(
  "product_images",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    variantId: integer("variant_id").references(() => productVariants.id, { onDelete: "set null" }),
    position: integer("position").notNull().default(0),
    alt: jsonb("alt").$type<LocalizedText>().notNull(),
    /** SHA-256 of the uploaded file: the same file twice on one product is one picture. */
    sourceHash: text("source_hash").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("product_images_product_idx").on(t.productId, t.position), uniqueIndex("product_images_source_uq").on(t.productId, t.sourceHash)],
);

export type ProductImage = typeof productImages.$inferSelect;

export const imageFormats = ["avif", "webp"] as const;
export type ImageFormat = (typeof imageFormats)[number];

/**
 * The encoded renditions of a picture, bytes and all: every instance and
 * both databases serve them (docs/decisions/011). `hash` is of the bytes,
 * and the URL names it, so a URL's content never changes. The same file
 * uploaded to two products is stored twice (one row per picture), so
 * removing one picture never breaks the other's URLs.
 */
export const productImageFiles = pgTable(
  "product_image_files",
  {
    hash: text("hash").notNull(),
    imageId: integer("image_id")
      .notNull()
      .references(() => productImages.id, { onDelete: "cascade" }),
    format: text("format").$type<ImageFormat>().notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: bytea("bytes").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.imageId, t.format, t.width] }),
    check("product_image_files_format", sql`${t.format} in ('avif', 'webp')`),
    index("product_image_files_hash_idx").on(t.hash),
  ],
);

export type ProductImageFile = typeof productImageFiles.$inferSelect;
