import "server-only";
import { locales } from "@/i18n/locales";
import { cacheTagOfPath, expireCacheTags } from "@/lib/cache/expiries";
import type { Executor } from "@/lib/db/tx";
import { cachedCatalogPrefix } from "./catalog-routes";

/** The cached catalog pages' layout, as revalidatePath names it (route group and all). */
export const cachedCatalogLayout = "/(catalog)/cached/[locale]";

/**
 * What changed: everything (a price, a name, a new or hidden product, a
 * category), or stock of some products. Stock shows in full only on a
 * product's own page; a listing shows just "sold out", so listings expire
 * only when a variant ran out. A flash sale's payments then renew one
 * product page each, not the catalog.
 */
export type CatalogChange = "everything" | { productSlugs: string[]; listings: boolean };

/**
 * Products, prices or stock changed: call this inside the transaction that
 * changes them, with that transaction. When it commits, every instance
 * renders the affected catalog pages (each language, each listing) afresh
 * on its next request; if it rolls back, nothing expires. Works the same
 * from a server action, a route handler, a page, a background job or a
 * script (docs/decisions/010).
 *
 *     await db.transaction(async (tx) => {
 *       await tx.update(products).set({ ... }).where(...);
 *       await expireCachedCatalog(tx, "everything");
 *     });
 */
export async function expireCachedCatalog(tx: Executor, change: CatalogChange = "everything"): Promise<void> {
  await expireCacheTags(tx, catalogTagsToExpire(change));
}

export function catalogTagsToExpire(change: CatalogChange): string[] {
  return pathsToExpire(change).map(({ path, type }) => cacheTagOfPath(path, type));
}

export function pathsToExpire(change: CatalogChange): { path: string; type?: "layout" }[] {
  if (change === "everything" || change.listings) return [{ path: cachedCatalogLayout, type: "layout" }];
  // Concrete URLs, one per language: only those pages are rendered afresh.
  return change.productSlugs.flatMap((slug) => locales.map((locale) => ({ path: `${cachedCatalogPrefix}/${locale}/products/${slug}` })));
}
