import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A CSV file staff uploaded, kept between its preview and its apply, so
 * "apply" applies exactly the file that was previewed. The apply form
 * carries a hash of the changes the preview showed: if the catalog moved
 * meanwhile, apply refuses and shows the new preview.
 */
export const catalogImports = pgTable(
  "catalog_imports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    fileName: text("file_name").notNull(),
    content: text("content").notNull(),
    uploadedBy: text("uploaded_by").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
    appliedBy: text("applied_by"),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
    rowCount: integer("row_count").notNull().default(0),
  },
  (t) => [check("catalog_imports_applied_together", sql`(${t.appliedBy} is null) = (${t.appliedAt} is null)`)],
);

export type CatalogImport = typeof catalogImports.$inferSelect;
