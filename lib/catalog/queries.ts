import "server-only";
import { and, asc, desc, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { categories, products, productSlugRedirects, productVariants, type Category, type Product, type ProductVariant } from "@/lib/db/schema";
import { searchPattern, type CatalogSort } from "./listing";

export { itemName, localizeText as localize } from "./names";

export type ProductSummary = Product & { inStock: boolean; hasPriceRange: boolean };

// Written out in SQL on purpose: in a single-table select Drizzle leaves column
// names unqualified, and inside these subqueries "id" would mean the variant's.
const hasStock = exists(sql`(select 1 from product_variants pv where pv.product_id = products.id and pv.stock > 0)`);
const summaryColumns = {
  inStock: sql<boolean>`${hasStock}`.as("in_stock"),
  hasPriceRange: sql<boolean>`(select count(distinct pv.price_cents) > 1 from product_variants pv where pv.product_id = products.id)`.as(
    "has_price_range",
  ),
};

/** The shop shows published products only: drafts are unfinished, archived ones are gone (their orders keep them). */
export const isPublished = eq(products.status, "published");

const orderFor: Record<CatalogSort, SQL[]> = {
  featured: [asc(products.id)],
  "price-asc": [asc(products.priceCents), asc(products.id)],
  "price-desc": [desc(products.priceCents), asc(products.id)],
  newest: [desc(products.createdAt), desc(products.id)],
};

export async function listProducts(
  options: { categoryId?: number | undefined; sort?: CatalogSort; inStockOnly?: boolean } = {},
): Promise<ProductSummary[]> {
  const db = await getDb();
  const rows = await db
    .select({ product: products, ...summaryColumns })
    .from(products)
    .where(and(isPublished, options.categoryId ? eq(products.categoryId, options.categoryId) : undefined, options.inStockOnly ? hasStock : undefined))
    .orderBy(...orderFor[options.sort ?? "featured"]);
  return rows.map(({ product, inStock, hasPriceRange }) => ({ ...product, inStock, hasPriceRange }));
}

/**
 * Names and descriptions in every language, matched as a substring of the
 * generated, lower-cased `search_text` column. Its pg_trgm GIN index serves
 * queries of three or more characters; shorter ones (a single 茶) are a
 * cheap scan of one narrow column.
 */
export async function searchProducts({ query, limit = 48 }: { query: string; limit?: number }): Promise<ProductSummary[]> {
  const pattern = searchPattern(query);
  if (!pattern) return [];
  const db = await getDb();
  const rows = await db
    .select({ product: products, ...summaryColumns })
    .from(products)
    .where(and(isPublished, sql`${products.searchText} like ${pattern}`))
    .orderBy(asc(products.id))
    .limit(limit);
  return rows.map(({ product, inStock, hasPriceRange }) => ({ ...product, inStock, hasPriceRange }));
}

export async function listCategories(): Promise<Category[]> {
  const db = await getDb();
  return db.select().from(categories).orderBy(asc(categories.position), asc(categories.id));
}

export async function getCategoryBySlug({ slug }: { slug: string }): Promise<Category | undefined> {
  const db = await getDb();
  const [category] = await db.select().from(categories).where(eq(categories.slug, slug)).limit(1);
  return category;
}

export type ProductDetail = Product & { category: Category | undefined; variants: ProductVariant[] };

export async function getProductBySlug({ slug }: { slug: string }): Promise<ProductDetail | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ product: products, category: categories })
    .from(products)
    .leftJoin(categories, eq(categories.id, products.categoryId))
    .where(and(eq(products.slug, slug), isPublished))
    .limit(1);
  if (!row) return undefined;
  const variants = await db
    .select()
    .from(productVariants)
    .where(eq(productVariants.productId, row.product.id))
    .orderBy(asc(productVariants.position), asc(productVariants.id));
  return { ...row.product, category: row.category ?? undefined, variants };
}

/** A published product's slug today, when `slug` is one it had before (staff renamed it): the old URL redirects there. */
export async function findRenamedProductSlug({ slug }: { slug: string }): Promise<string | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ slug: products.slug })
    .from(productSlugRedirects)
    .innerJoin(products, eq(products.id, productSlugRedirects.productId))
    .where(and(eq(productSlugRedirects.oldSlug, slug), isPublished))
    .limit(1);
  return row?.slug;
}

/** Slugs for the sitemap: published products only. */
export async function listProductSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  const db = await getDb();
  return db.select({ slug: products.slug, updatedAt: products.updatedAt }).from(products).where(isPublished).orderBy(asc(products.id));
}

export async function getProductsByIds({ ids }: { ids: number[] }): Promise<Product[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  return db.select().from(products).where(inArray(products.id, ids));
}

