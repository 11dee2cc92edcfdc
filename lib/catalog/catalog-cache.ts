import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";

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
export function expireCachedCatalog(): CatalogExpiry {
  try {
    revalidatePath(cachedCatalogLayout, "layout");
    return "now";
  } catch (error) {
    rethrowIfNextSignal(error);
  }
  try {
    after(() => revalidatePath(cachedCatalogLayout, "layout"));
    return "after-response";
  } catch (error) {
    rethrowIfNextSignal(error);
  }
  return "by-window";
}

// Next bails out of static rendering by throwing; that must reach Next, never be swallowed here.
function rethrowIfNextSignal(error: unknown) {
  if (typeof error === "object" && error !== null && "digest" in error && error.digest === "DYNAMIC_SERVER_USAGE") throw error;
}
