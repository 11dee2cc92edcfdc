/**
 * Where a sale may send the shopper (returnUrl) and the sandbox's POSTs
 * (webhookUrl). Open, any http(s) URL will do: the default, for rehearsing on
 * one machine. Narrowed to a list of origins wherever the sandbox is reachable
 * by others, since anything else would make it an open redirect and a request
 * forger against internal services.
 */
export type UrlPolicy = { anyHttpUrl: true } | { anyHttpUrl: false; origins: readonly string[] };

export const anyHttpUrl: UrlPolicy = { anyHttpUrl: true };

/** Only these origins (scheme, host and port); each entry may be a full URL, its path is ignored. */
export function onlyOrigins(origins: readonly string[]): UrlPolicy {
  return { anyHttpUrl: false, origins: [...new Set(origins.map((origin) => new URL(origin).origin))] };
}

/** The URL's syntax is checked before this; here only its origin counts (scheme, host and port). */
export function isUrlAllowed(url: string, policy: UrlPolicy): boolean {
  if (policy.anyHttpUrl) return true;
  try {
    return policy.origins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}
