import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * PMS signs only the timestamp: Base64(HMAC-SHA1(key = secret, message =
 * timestamp as a decimal string)). A timestamp sent as a JSON string is
 * signed exactly as sent; a number as its plain decimal form.
 */
export function computeSign(timestamp: number | string, secret: string): string {
  return createHmac("sha1", secret).update(String(timestamp), "utf8").digest("base64");
}

/** Constant-time comparison; any malformed input is simply "not valid". */
export function isValidSign(timestamp: number | string, sign: string, secret: string): boolean {
  const expected = Buffer.from(computeSign(timestamp, secret), "utf8");
  const received = Buffer.from(sign, "utf8");
  // timingSafeEqual needs equal lengths; a SHA-1 digest's length is no secret.
  return expected.length === received.length && timingSafeEqual(expected, received);
}
