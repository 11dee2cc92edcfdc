/**
 * The address to throttle by. Next sets x-forwarded-for to the socket address
 * when no proxy did; a proxy in front appends the address it saw, so the last
 * entry is the one no client can choose. (With several proxies in front, the
 * per-email limit still holds.)
 */
export function clientIpFrom(headers: Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return last ? last.slice(0, 64) : "unknown";
}
