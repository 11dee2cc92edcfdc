import "server-only";
import { and, asc, count, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/actor";
import { searchPattern } from "@/lib/catalog/listing";
import type { Db } from "@/lib/db";
import { categories, products, type LocalizedText, type ProductStatus } from "@/lib/db/schema";
import { productPageSize, type ProductFilter, type ProductSort } from "./product-filters";
import { missingTranslations } from "./product-input";

export type StaffProductRow = {
  id: number;
  slug: string;
  name: LocalizedText;
  status: ProductStatus;
  imagePath: string;
  categoryName: string | null;
  minPriceCents: number;
  maxPriceCents: number;
  totalStock: number;
  variantCount: number;
  /** Variants at or under their low-stock threshold (their own, else the shop's). */
  lowStockVariants: number;
  missing: ("zh-HK" | "zh-CN")[];
  updatedAt: Date;
  updatedBy: string | null;
};

/** Shop-wide threshold when a variant has none (inventory_settings, one row; 5 if it was never set). */
const threshold = sql`coalesce(pv.low_stock_threshold, (select s.low_stock_threshold from inventory_settings s where s.id = 1), 5)`;

// Per product, over its variants: written out in SQL (Drizzle would leave "id" unqualified inside).
const minPrice = sql<number>`(select min(pv.price_cents) from product_variants pv where pv.product_id = products.id)`;
const maxPrice = sql<number>`(select max(pv.price_cents) from product_variants pv where pv.product_id = products.id)`;
const totalStock = sql<number>`(select coalesce(sum(pv.stock), 0)::int from product_variants pv where pv.product_id = products.id)`;
const variantCount = sql<number>`(select count(*)::int from product_variants pv where pv.product_id = products.id)`;
const lowStockVariants = sql<number>`(select count(*)::int from product_variants pv where pv.product_id = products.id and pv.stock <= ${threshold})`;
const labels = sql<(LocalizedText | null)[]>`(select coalesce(jsonb_agg(pv.label), '[]'::jsonb) from product_variants pv where pv.product_id = products.id)`;

const orderFor: Record<ProductSort, SQL[]> = {
  updated: [desc(products.updatedAt), desc(products.id)],
  name: [asc(sql`lower(${products.name} ->> 'en')`), asc(products.id)],
  "price-asc": [asc(minPrice), asc(products.id)],
  "price-desc": [desc(maxPrice), asc(products.id)],
  "stock-asc": [asc(totalStock), asc(products.id)],
  "stock-desc": [desc(totalStock), asc(products.id)],
};

function conditions(filter: ProductFilter): SQL | undefined {
  const pattern = filter.q ? searchPattern(filter.q) : undefined;
  return and(
    // Any language's name or description, or a variant's SKU.
    pattern
      ? sql`(${products.searchText} like ${pattern} or exists (select 1 from product_variants pv where pv.product_id = products.id and lower(pv.sku) like ${pattern}))`
      : undefined,
    filter.categoryId === "none" ? isNull(products.categoryId) : filter.categoryId !== undefined ? eq(products.categoryId, filter.categoryId) : undefined,
    filter.status ? eq(products.status, filter.status) : undefined,
    filter.stock === "low" ? sql`exists (select 1 from product_variants pv where pv.product_id = products.id and pv.stock <= ${threshold})` : undefined,
    filter.stock === "out" ? sql`exists (select 1 from product_variants pv where pv.product_id = products.id and pv.stock = 0)` : undefined,
  );
}

/**
 * One page of the catalog for staff: every status, searched by name in any
 * language or by SKU, filtered and sorted as the list's form says. Offset
 * pages of 25 with the total, so staff see "page 2 of 7"; a catalog of a
 * small shop's size pages in milliseconds.
 */
export async function listProductsForStaff(db: Db, actor: StaffActor | undefined, filter: ProductFilter): Promise<{ rows: StaffProductRow[]; total: number }> {
  if (!actor) return { rows: [], total: 0 };
  const where = conditions(filter);
  const [found, [counted]] = await Promise.all([
    db
      .select({
        product: {
          id: products.id,
          slug: products.slug,
          name: products.name,
          description: products.description,
          status: products.status,
          imagePath: products.imagePath,
          updatedAt: products.updatedAt,
          updatedBy: products.updatedBy,
        },
        categoryName: sql<string | null>`${categories.name} ->> 'en'`,
        minPriceCents: minPrice,
        maxPriceCents: maxPrice,
        totalStock,
        variantCount,
        lowStockVariants,
        labels,
      })
      .from(products)
      .leftJoin(categories, eq(categories.id, products.categoryId))
      .where(where)
      .orderBy(...orderFor[filter.sort])
      .limit(productPageSize)
      .offset((filter.page - 1) * productPageSize),
    db.select({ total: count() }).from(products).where(where),
  ]);
  const rows = found.map(({ product, labels: variantLabels, ...rest }) => ({
    ...rest,
    id: product.id,
    slug: product.slug,
    name: product.name,
    status: product.status,
    imagePath: product.imagePath,
    updatedAt: product.updatedAt,
    updatedBy: product.updatedBy,
    minPriceCents: rest.minPriceCents ?? 0,
    maxPriceCents: rest.maxPriceCents ?? 0,
    missing: missingTranslations([product.name, product.description, ...variantLabels]),
  }));
  return { rows, total: counted?.total ?? 0 };
}

/** Categories for the list's filter and the editor's choice, in shop order. */
export async function listCategoryChoices(db: Db): Promise<{ id: number; name: string }[]> {
  const rows = await db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(asc(categories.position), asc(categories.id));
  return rows.map((row) => ({ id: row.id, name: row.name.en }));
}
