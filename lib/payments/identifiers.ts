import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/**
 * A fresh rrn for every attempt (docs/pms/NOTES.md #9): 24 digits, the spec example's
 * length — 12 of Hong Kong date-time (yyMMddHHmmss, handy when staff search
 * PMS) and 12 random. The unique index catches the astronomically rare clash.
 */
export function generateRrn(now = new Date()): string {
  const hk = new Date(now.getTime() + 8 * 60 * 60 * 1000).toISOString();
  const stamp = hk.slice(2, 19).replace(/[-T:]/g, "");
  let random = "";
  for (let i = 0; i < 12; i++) random += String(randomInt(10));
  return `${stamp}${random}`;
}

/** A bearer token for the returnUrl, bound to one payment: we keep only its hash. */
export function createReturnToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashReturnToken(token) };
}

export function hashReturnToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function returnTokenMatches(token: string | undefined, hash: string): boolean {
  if (!token || token.length > 200) return false;
  const a = Buffer.from(hashReturnToken(token), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
