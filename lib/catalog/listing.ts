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

export type ListingOptions = { sort: CatalogSort; inStockOnly: boolean };

export function parseListingParams(params: Record<string, string | string[] | undefined>): ListingOptions {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = listingSchema.parse({ sort: first(params.sort), instock: first(params.instock) });
  return { sort: parsed.sort, inStockOnly: parsed.instock };
}

/**
 * The listing options as one path segment ("price-asc.in-stock"), so each
 * combination of a cached listing page has a URL of its own (the proxy puts
 * it there; a cached page cannot read the query string).
 */
export function listingSegment(options: ListingOptions): string {
  return `${options.sort}.${options.inStockOnly ? "in-stock" : "all"}`;
}

/** The inverse of listingSegment; anything else is not a listing page. */
export function parseListingSegment(segment: string): ListingOptions | undefined {
  const [sort, stock, ...rest] = segment.split(".");
  if (rest.length > 0 || !(catalogSorts as readonly (string | undefined)[]).includes(sort)) return undefined;
  if (stock !== "in-stock" && stock !== "all") return undefined;
  return { sort: sort as CatalogSort, inStockOnly: stock === "in-stock" };
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
