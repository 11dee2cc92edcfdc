/**
 * The address to throttle by: the client as the outermost proxy we trust saw
 * it. Each proxy appends the address it received the request from to
 * `x-forwarded-for`, so with N trusted proxies in front (TRUSTED_PROXY_HOPS)
 * the client is the Nth entry from the right; anything left of it was written
 * by the client and is never believed. With no proxy (0, the default) every
 * entry is the client's own, so the socket's address is used instead, which
 * the server stamps on each request (lib/http/peer-address.ts). A request
 * that passed fewer proxies than configured is taken at its socket's address.
 */
type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

export const peerAddressHeader = "x-harbour-peer-address";

function read(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const raw = headers[name];
  return Array.isArray(raw) ? raw.join(",") : raw;
}

export function clientIpFrom(headers: HeaderSource, trustedHops: number): string {
  const peer = read(headers, peerAddressHeader)?.trim();
  const forwarded = (read(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chosen = trustedHops > 0 && forwarded.length >= trustedHops ? forwarded[forwarded.length - trustedHops] : peer || (trustedHops > 0 ? undefined : forwarded.at(-1));
  return chosen ? chosen.slice(0, 64) : "unknown";
}
