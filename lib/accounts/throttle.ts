import "server-only";
import { createRateLimiter } from "@/lib/security/rate-limit";

/**
 * Sign-in and find-my-order links: 5 requests in 15 minutes per email and
 * per address, then 15 minutes' rest. A link costs a mail; a flood of them
 * is someone else's inbox being bombed. (The limiter's `limit`-th event is
 * the one it refuses, so 6 lets five through.)
 */
export const linkRequestLimiter = createRateLimiter({
  name: "shopper-link",
  limit: 6,
  windowMs: 15 * 60_000,
  lockoutMs: 15 * 60_000,
});
