/**
 * The page a form was posted from, as a path on this site, from the Referer
 * (our Referrer-Policy sends the full URL to ourselves; Next refuses a server
 * action posted from another origin). Only the path is kept, so the answer
 * never leaves the site; a path a browser would read as another host
 * ("//evil.example") gives nothing.
 */
export function returnPathFrom(referer: string | null): string | undefined {
  if (!referer) return undefined;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || /^\/[/\\]/.test(url.pathname)) return undefined;
  return url.pathname + url.search;
}
