import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { locales } from "@/i18n/locales";
import { cachedCatalogPrefix } from "./catalog-routes";

/** The cached catalog pages' layout, as revalidatePath names it (route group and all). */
export const cachedCatalogLayout = "/(catalog)/cached/[locale]";

export type CatalogExpiry = "now" | "after-response" | "by-window";

/**
 * Products, prices or stock changed: every cached catalog page (each
 * language, each listing) is rendered afresh on its next request
 * (docs/decisions/009). Call it wherever they change, after or inside the
 * writing transaction: Next expires the pages once the request's work is
 * done, after the commit.
 *
 * Next allows this in a route handler, a server action and after the
 * response; not while a page renders (the result page confirming a payment),
 * where it waits for the response to end, and not outside a request (a
 * background job, scripts/reconcile.ts), where only the pages' revalidate
 * window (60 s, app/(catalog)/cached/[locale]/layout.tsx) renews them, and
 * stale-while-revalidate: the first request after it still gets the old copy.
 * Stale stock shown there is safe: checkout counts stock on the server again.
 */
export function expireCachedCatalog(change: CatalogChange = "everything"): CatalogExpiry {
  const expire = () => {
    for (const { path, type } of pathsToExpire(change)) revalidatePath(path, type);
  };
  try {
    expire();
    return "now";
  } catch (error) {
    rethrowIfNextSignal(error);
  }
  try {
    after(expire);
    return "after-response";
  } catch (error) {
    rethrowIfNextSignal(error);
  }
  return "by-window";
}

/**
 * What changed: everything (a price, a new product), or stock of some
 * products. Stock shows in full only on a product's own page; a listing
 * shows just "sold out", so listings expire only when a variant ran out.
 * A flash sale's payments then renew one product page each, not the catalog.
 */
export type CatalogChange = "everything" | { productSlugs: string[]; listings: boolean };

export function pathsToExpire(change: CatalogChange): { path: string; type?: "layout" }[] {
  if (change === "everything" || change.listings) return [{ path: cachedCatalogLayout, type: "layout" }];
  // Concrete URLs, one per language: only those pages are rendered afresh.
  return change.productSlugs.flatMap((slug) => locales.map((locale) => ({ path: `${cachedCatalogPrefix}/${locale}/products/${slug}` })));
}

// Next bails out of static rendering by throwing; that must reach Next, never be swallowed here.
function rethrowIfNextSignal(error: unknown) {
  if (typeof error === "object" && error !== null && "digest" in error && error.digest === "DYNAMIC_SERVER_USAGE") throw error;
}
