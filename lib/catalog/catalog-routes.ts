import type { Locale } from "@/i18n/locales";
import { listingSegment, parseListingParams } from "./listing";

/**
 * The public catalog URLs (`/`, `/categories/x`, `/products/x`) are served
 * as cached HTML, one copy per language (docs/decisions/009). The proxy
 * rewrites them to these internal paths, which name the language and the
 * listing options, so the page needs neither a cookie nor the query string.
 * The public URLs stay as they are. Pure, so tested without a server.
 */
export const cachedCatalogPrefix = "/cached";

/** Where a direct request for an internal path goes: no route matches it (folders starting with _ are private), so it is the shop's 404. */
export const unroutablePath = "/_internal";

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxSlugLength = 100;

export function cachedCatalogPath(pathname: string, search: URLSearchParams, locale: Locale): string | undefined {
  const listing = () =>
    listingSegment(
      parseListingParams({ sort: search.get("sort") ?? undefined, instock: search.get("instock") ?? undefined, page: search.get("page") ?? undefined }),
    );
  if (pathname === "/") return `${cachedCatalogPrefix}/${locale}/${listing()}`;
  const [, kind, slug, ...rest] = pathname.split("/");
  // Product art lives at /products/<name>.svg: a dot never makes a slug, so files are never rewritten.
  if (rest.length > 0 || !slug || slug.length > maxSlugLength || !slugPattern.test(slug)) return undefined;
  if (kind === "products") return `${cachedCatalogPrefix}/${locale}/products/${slug}`;
  if (kind === "categories") return `${cachedCatalogPrefix}/${locale}/categories/${slug}/${listing()}`;
  return undefined;
}

/** A request from outside for an internal path: never served as such (it would skip the language choice). */
export function isInternalCatalogPath(pathname: string): boolean {
  return pathname === cachedCatalogPrefix || pathname.startsWith(`${cachedCatalogPrefix}/`);
}
