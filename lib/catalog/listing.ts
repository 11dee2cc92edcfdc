import { z } from "zod";

/** Catalog listing options as they arrive in a URL: anything unknown falls back to the default. */
export const catalogSorts = ["featured", "price-asc", "price-desc", "newest"] as const;
export type CatalogSort = (typeof catalogSorts)[number];

const listingSchema = z.object({
  sort: z.enum(catalogSorts).catch("featured"),
  instock: z
    .string()
    .optional()
    .transform((value) => value === "1")
    .catch(false),
});

/** Products per listing page: eight rows of three on a desktop, twelve of two on a phone. */
export const listingPageSize = 24;
/** No listing has more pages than this; a larger number is read as page 1, so garbage never makes a cache entry of its own. */
export const maxListingPage = 10_000;

export type ListingOptions = { sort: CatalogSort; inStockOnly: boolean; page: number };

/** A page number as the URL gives it: a plain positive integer, else page 1. */
export function parsePageNumber(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^[1-9][0-9]{0,4}$/.test(value)) return 1;
  const page = Number(value);
  return page <= maxListingPage ? page : 1;
}

export function parseListingParams(params: Record<string, string | string[] | undefined>): ListingOptions {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = listingSchema.parse({ sort: first(params.sort), instock: first(params.instock) });
  return { sort: parsed.sort, inStockOnly: parsed.instock, page: parsePageNumber(params.page) };
}

/** How many pages `total` products make (at least one, so an empty listing still has its page 1). */
export function pageCount(total: number, pageSize = listingPageSize): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The public query string of a listing page; defaults are left out, so page 1 of "featured" is the bare path. */
export function listingQuery(options: ListingOptions): string {
  const params = new URLSearchParams();
  if (options.sort !== "featured") params.set("sort", options.sort);
  if (options.inStockOnly) params.set("instock", "1");
  if (options.page > 1) params.set("page", String(options.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The listing options as one path segment ("price-asc.in-stock.2"), so each
 * combination and page of a cached listing has a URL of its own (the proxy
 * puts it there; a cached page cannot read the query string).
 */
export function listingSegment(options: ListingOptions): string {
  return `${options.sort}.${options.inStockOnly ? "in-stock" : "all"}.${options.page}`;
}

/** The inverse of listingSegment; anything else is not a listing page. */
export function parseListingSegment(segment: string): ListingOptions | undefined {
  const [sort, stock, page, ...rest] = segment.split(".");
  if (rest.length > 0 || !(catalogSorts as readonly (string | undefined)[]).includes(sort)) return undefined;
  if (stock !== "in-stock" && stock !== "all") return undefined;
  // Only the canonical spelling the proxy writes: "02" or "1e3" would be a second cache entry for one page.
  if (page === undefined || String(parsePageNumber(page)) !== page) return undefined;
  return { sort: sort as CatalogSort, inStockOnly: stock === "in-stock", page: Number(page) };
}

export const maxQueryLength = 80;

/** The search box's text, trimmed and bounded; an empty string means "no search". */
export function normalizeQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "").normalize("NFKC").replace(/\s+/g, " ").trim().slice(0, maxQueryLength);
}

/** A LIKE pattern for the lower-cased search column: the shopper's % and _ are literal. */
export function searchPattern(query: string): string | undefined {
  const normalized = normalizeQuery(query).toLowerCase();
  if (!normalized) return undefined;
  return `%${normalized.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
