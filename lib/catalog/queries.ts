import "server-only";
import { and, asc, count, desc, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { categories, products, productSlugRedirects, productVariants, type Category, type Product, type ProductVariant } from "@/lib/db/schema";
import { listingPageSize, normalizeQuery, searchPattern, type CatalogSort } from "./listing";
import { sitemapProductRange, type SitemapEntry } from "./sitemap";

export { itemName, localizeText as localize } from "./names";

export type ProductSummary = Product & { inStock: boolean; hasPriceRange: boolean };

// Written out in SQL on purpose: in a single-table select Drizzle leaves column
// names unqualified, and inside these subqueries "id" would mean the variant's.
const hasStock = exists(sql`(select 1 from product_variants pv where pv.product_id = products.id and pv.stock > 0)`);
const summaryColumns = {
  // An aggregate, not EXISTS: PostgreSQL may run an EXISTS in the select list as one hash of
  // every variant (read whole for each page); this is one index probe per product shown
  // (npm run scale:plan shows both plans at 5,000 products).
  inStock: sql<boolean>`coalesce((select bool_or(pv.stock > 0) from product_variants pv where pv.product_id = products.id), false)`.as("in_stock"),
  hasPriceRange: sql<boolean>`(select count(distinct pv.price_cents) > 1 from product_variants pv where pv.product_id = products.id)`.as(
    "has_price_range",
  ),
};

/** The shop shows published products only: drafts are unfinished, archived ones are gone (their orders keep them). */
export const isPublished = eq(products.status, "published");

// Each order walks one index (products_listed_*: over published products, by price, by time, by id,
// and their category-first twins), so a page costs the same at 25 products and at 5,000. Ties break
// on id in the same direction, which lets one ascending index serve both price orders.
const orderFor: Record<CatalogSort, SQL[]> = {
  featured: [asc(products.id)],
  "price-asc": [asc(products.priceCents), asc(products.id)],
  "price-desc": [desc(products.priceCents), desc(products.id)],
  newest: [desc(products.createdAt), desc(products.id)],
};

/** One page of a listing and how many products the whole listing has. */
export type ProductPage = { products: ProductSummary[]; total: number; page: number; pageSize: number };

type PageOptions = { page?: number | undefined; pageSize?: number | undefined };

async function countProducts(where: SQL | undefined): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(products).where(where);
  return row?.n ?? 0;
}

/**
 * A page of the home or a category listing. Offset paging (docs/decisions/011):
 * the page number is the URL, cached per page, and each sort's index makes
 * the offset a short index walk at any catalog size we expect.
 */
export async function listProducts(
  options: { categoryId?: number | undefined; sort?: CatalogSort; inStockOnly?: boolean } & PageOptions = {},
): Promise<ProductPage> {
  const { page, pageSize } = pageOf(options);
  const where = and(isPublished, options.categoryId ? eq(products.categoryId, options.categoryId) : undefined, options.inStockOnly ? hasStock : undefined);
  const db = await getDb();
  const [rows, total] = await Promise.all([
    db
      .select({ product: products, ...summaryColumns })
      .from(products)
      .where(where)
      .orderBy(...orderFor[options.sort ?? "featured"])
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    countProducts(where),
  ]);
  return { products: rows.map(toSummary), total, page, pageSize };
}

function pageOf(options: PageOptions) {
  return { page: Math.max(1, Math.floor(options.page ?? 1)), pageSize: options.pageSize ?? listingPageSize };
}

const toSummary = ({ product, inStock, hasPriceRange }: { product: Product; inStock: boolean; hasPriceRange: boolean }): ProductSummary => ({
  ...product,
  inStock,
  hasPriceRange,
});

const nameText = sql`lower(coalesce(${products.name} ->> 'en', '') || ' ' || coalesce(${products.name} ->> 'zh-HK', '') || ' ' || coalesce(${products.name} ->> 'zh-CN', ''))`;

/**
 * Names and descriptions in every language, matched as a substring of the
 * generated, lower-cased `search_text` column, whose pg_trgm GIN index finds
 * the matches (queries of three or more characters; a single 茶 is a scan of
 * one narrow column). Ranked by relevance among the matches only: a product
 * whose name holds the words first, then the earlier the words appear (names
 * open the column, then descriptions), then id: cheap for every match, where
 * pg_trgm's similarity cost ~50 µs a row (25 ms for "tea" at 5,000 products). No
 * full-text rank: PostgreSQL has no Chinese parser (docs/decisions/005).
 */
export async function searchProducts({ query, ...options }: { query: string } & PageOptions): Promise<ProductPage> {
  const { page, pageSize } = pageOf(options);
  const pattern = searchPattern(query);
  if (!pattern) return { products: [], total: 0, page, pageSize };
  const words = normalizeQuery(query).toLowerCase();
  const where = and(isPublished, sql`${products.searchText} like ${pattern}`);
  const db = await getDb();
  const [rows, total] = await Promise.all([
    db
      .select({ product: products, ...summaryColumns })
      .from(products)
      .where(where)
      .orderBy(
        desc(sql`strpos(${nameText}, ${words}) > 0`),
        asc(sql`strpos(${products.searchText}, ${words})`),
        asc(products.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    countProducts(where),
  ]);
  return { products: rows.map(toSummary), total, page, pageSize };
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

/** How many URLs the sitemap has: home, each category, each published product. */
export async function countSitemapUrls(): Promise<{ fixed: number; total: number }> {
  const db = await getDb();
  const [[categoryCount], productCount] = await Promise.all([db.select({ n: count() }).from(categories), countProducts(isPublished)]);
  const fixed = 1 + (categoryCount?.n ?? 0);
  return { fixed, total: fixed + productCount };
}

/** One part of the sitemap (lib/catalog/sitemap.ts): home and categories open part 0, then products by id. */
export async function listSitemapPart({ part, origin }: { part: number; origin: string }): Promise<SitemapEntry[]> {
  const db = await getDb();
  const { fixed } = await countSitemapUrls();
  const range = sitemapProductRange(part, fixed);
  const [categoryRows, productRows] = await Promise.all([
    range.withFixed ? listCategories() : [],
    range.limit > 0
      ? db
          .select({ slug: products.slug, updatedAt: products.updatedAt })
          .from(products)
          .where(isPublished)
          .orderBy(asc(products.id))
          .limit(range.limit)
          .offset(range.offset)
      : [],
  ]);
  return [
    ...(range.withFixed ? [{ url: `${origin}/`, changeFrequency: "daily" as const, priority: 1 }] : []),
    ...categoryRows.map((category) => ({ url: `${origin}/categories/${category.slug}`, changeFrequency: "weekly" as const, priority: 0.8 })),
    ...productRows.map((product) => ({
      url: `${origin}/products/${product.slug}`,
      lastModified: product.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.6,
    })),
  ];
}

export async function getProductsByIds({ ids }: { ids: number[] }): Promise<Product[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  return db.select().from(products).where(inArray(products.id, ids));
}

