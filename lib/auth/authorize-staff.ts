import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { createRateLimiter, minutesUntil, type RateLimiter } from "@/lib/security/rate-limit";
import type { StaffConfig } from "./staff-config";

/** Fixed error codes next-auth puts in the sign-in URL; never an exception's text. */
export const staffSignInErrors = { locked: "TooManyAttempts", unavailable: "SignInUnavailable" } as const;

/** 10 failures in 15 minutes, per email and per address, pause sign-in for 15 minutes. */
export const staffSignInLimiter = createRateLimiter({
  name: "staff-sign-in",
  limit: 10,
  windowMs: 15 * 60_000,
  lockoutMs: 15 * 60_000,
});

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export type StaffSignIn =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterMs: number };

type Deps = { config: StaffConfig; limiter?: RateLimiter; log?: (line: string) => void };

/**
 * Checks staff credentials under the sign-in throttle. Anything malformed is
 * a plain refusal; a locked email or address is refused before the password
 * is even compared, so guessing stops paying off.
 */
export async function authorizeStaff(input: unknown, clientIp: string, deps: Deps): Promise<StaffSignIn> {
  const { config, limiter = staffSignInLimiter, log = (line) => console.warn(line) } = deps;
  const parsed = credentialsSchema.safeParse(input);
  if (!config.enabled || !parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = { email, ip: clientIp };

  const before = await limiter.check(keys);
  if (!before.allowed) return { ok: false, reason: "locked", retryAfterMs: before.retryAfterMs };

  if (sameSecret(email, config.email) && sameSecret(password, config.password)) {
    await limiter.reset({ email });
    return { ok: true, user: { id: "staff", email: config.email, name: "Staff" } };
  }
  const after = await limiter.record(keys);
  for (const kind of after.newlyLocked) {
    log(
      `[auth] staff sign-in locked out by ${kind} for ${minutesUntil(limiter.rule.lockoutMs)} min after ` +
        `${limiter.rule.limit} failures: email=${JSON.stringify(email.slice(0, 80))} ip=${clientIp}`,
    );
  }
  return after.allowed ? { ok: false, reason: "invalid" } : { ok: false, reason: "locked", retryAfterMs: after.retryAfterMs };
}

function sameSecret(a: string, b: string): boolean {
  // Hash first: timingSafeEqual needs equal lengths, and the length must not leak either.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}
