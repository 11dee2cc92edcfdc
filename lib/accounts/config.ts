import type { Env } from "@/lib/env";

/**
 * Shopper accounts need a real NEXTAUTH_SECRET in production (it signs the
 * session and the link tokens' hashes); outside production the staff
 * development secret serves. Without one, sign-in is off and guest checkout
 * goes on as before.
 */
export function accountsEnabled(source: Pick<Env, "NODE_ENV" | "NEXTAUTH_SECRET">): boolean {
  return source.NODE_ENV !== "production" || source.NEXTAUTH_SECRET !== undefined;
}
