import { resolveLocale } from "@/i18n/locales";
import { cachedCatalogPath, isInternalCatalogPath, unroutablePath } from "@/lib/catalog/catalog-routes";

/**
 * What the proxy does with a request, chosen by its path alone. Pure, so the
 * choice is tested without a server (docs/decisions/009):
 * - a public catalog page is rewritten to its cached copy in the shopper's
 *   language and gets the policy without a nonce;
 * - an internal catalog path asked for from outside is a 404;
 * - everything else (cart, checkout, result, orders, account, search, admin,
 *   sandbox, API) renders per request under a fresh nonce.
 */
export type RequestPlan =
  | { kind: "cached-catalog"; rewriteTo: string }
  | { kind: "internal-path"; rewriteTo: string }
  | { kind: "per-request" };

export function planRequest(input: {
  pathname: string;
  search: URLSearchParams;
  localeCookie: string | undefined;
  acceptLanguage: string | null;
}): RequestPlan {
  if (isInternalCatalogPath(input.pathname)) return { kind: "internal-path", rewriteTo: unroutablePath };
  const locale = resolveLocale(input.localeCookie, input.acceptLanguage);
  const cached = cachedCatalogPath(input.pathname, input.search, locale);
  return cached ? { kind: "cached-catalog", rewriteTo: cached } : { kind: "per-request" };
}
