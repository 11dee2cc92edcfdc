import { env } from "@/lib/env";

/**
 * When to ask PMS about a payment next (docs/decisions/006). Pure: each
 * function takes the times it needs and returns a date, or null for never.
 */

const firstBackoffMs = 5_000;

/** Back-off between tries while a payment is not final, or PMS cannot be asked: 10 s, 20 s, 40 s … capped. */
export function nextCheckDelayMs(checkCount: number, capMs = env.RECONCILE_MAX_BACKOFF_MS): number {
  return Math.min(firstBackoffMs * 2 ** Math.max(0, checkCount), capMs);
}

/**
 * The next late re-check of a failed or expired payment: the first of the
 * configured delays after it was closed that is still ahead of `now`. PMS may
 * still report a success for it, which is then applied and flagged paid late.
 */
export function nextLateCheck(finalizedAt: Date, now: Date, delaysMs: readonly number[] = env.PAYMENT_LATE_CHECKS_MS): Date | null {
  const next = delaysMs.map((ms) => finalizedAt.getTime() + ms).find((at) => at > now.getTime());
  return next === undefined ? null : new Date(next);
}
