import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { lt } from "drizzle-orm";
import type { Executor } from "@/lib/db/tx";
import { verificationTokens } from "@/lib/db/schema";

export const signInLinkMinutes = 15;

/**
 * A path on our own origin, or "/": callbackUrl never leaves the shop. Only
 * an absolute path is accepted ("//host" and "/\host" are other origins to a
 * browser), and nothing that carries a scheme.
 */
export function safeCallbackPath(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string" || value.length > 300) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  return value;
}

/** Same hashing as next-auth v4's Email provider (sha256 of token + secret), so its callback accepts our links. */
export function hashLinkToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/**
 * A single-use sign-in link for `email`, valid for `signInLinkMinutes`. The
 * token is random and only its hash is stored; next-auth's
 * /api/auth/callback/email deletes it as it signs the shopper in.
 */
export async function createSignInLink(
  db: Executor,
  input: { email: string; callbackPath: string; appUrl: string; secret: string; now: Date },
): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await db.delete(verificationTokens).where(lt(verificationTokens.expires, input.now));
  await db.insert(verificationTokens).values({
    identifier: input.email,
    token: hashLinkToken(token, input.secret),
    expires: new Date(input.now.getTime() + signInLinkMinutes * 60_000),
  });
  const query = new URLSearchParams({ callbackUrl: `${input.appUrl}${input.callbackPath}`, token, email: input.email });
  return `${input.appUrl}/api/auth/callback/email?${query.toString()}`;
}
