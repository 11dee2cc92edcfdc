import { createHmac } from "node:crypto";

/**
 * PMS signature: Base64(HMAC-SHA1(key = secret, message = timestamp as a decimal string)).
 *
 * Only the timestamp is signed (vendor design), so a signature protects nothing in the body
 * and can be replayed while its timestamp is fresh. Callers must sign a fresh timestamp for
 * every request and never cache the result (docs/pms/NOTES.md #2).
 */
export function sign(timestamp: number | string, secret: string): string {
  return createHmac("sha1", secret).update(timestampMessage(timestamp), "utf8").digest("base64");
}

function timestampMessage(timestamp: number | string): string {
  if (typeof timestamp === "string") return timestamp;
  // String(1e21) is "1e+21": a float or huge number would silently sign the wrong message.
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new RangeError("PMS timestamp must be a non-negative integer number of milliseconds");
  }
  return String(timestamp);
}
