import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Text in every interface language; `en` is the fallback. */
export type LocalizedText = { en: string; "zh-HK": string; "zh-CN": string };

export const products = pgTable(
  "products",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull(),
    // Integer cents of HKD: money is never a float anywhere in this codebase.
    priceCents: integer("price_cents").notNull(),
    imagePath: text("image_path").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("products_price_positive", sql`${t.priceCents} > 0`)],
);

export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
