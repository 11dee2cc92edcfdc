/**
 * Next 16 serves its development scripts only to hosts it knows, so a page
 * opened at http://127.0.0.1:3000 would never become interactive. Allow
 * APP_URL's host, plus localhost and 127.0.0.1 (the quick start's two
 * spellings). next.config.js cannot import lib/env.ts; lib/env.ts still validates
 * APP_URL when the server starts, so a bad value only stops being added here.
 */
/** @param {string | undefined} appUrl @returns {string[]} */
export function devOriginsFor(appUrl) {
  const hosts = new Set(["localhost", "127.0.0.1"]);
  try {
    if (appUrl) hosts.add(new URL(appUrl).hostname);
  } catch {
    // reported by lib/env.ts at start
  }
  return [...hosts];
}
