import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { rateLimits, type EventSource, type Payment } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/tx";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { isFinalPayment } from "@/lib/payments/transitions";

/** However many tabs (on however many instances) poll one payment, PMS is asked about it at most this often. */
export const resultPageQueryEveryMs = 3_000;

/**
 * While a payment is not final, the page asks PMS itself (through the same
 * confirmed path as webhooks) — but never waits long: a slow PMS must not
 * hang the shopper's page, which keeps polling anyway. Only the request that
 * claims the payment's turn in the database asks; the others show what the
 * database holds.
 */
export async function refreshPaymentIfLive(payment: Payment, source: EventSource, budgetMs = 3_000): Promise<void> {
  if (isFinalPayment(payment.status) || payment.flag === "review_mismatch") return;
  if (!(await claimQueryTurn(await getDb(), payment.id))) return;
  const confirmation = confirmPayment({ payment, source }).catch((error) => {
    console.warn(`[result] query for rrn ${payment.rrn} failed: ${error instanceof Error ? error.message : error}`);
  });
  await Promise.race([confirmation, new Promise((resolve) => setTimeout(resolve, budgetMs))]);
}

/**
 * One row per payment in rate_limits (which every instance shares), renewed
 * only once its window has passed: true for the one caller whose insert or
 * update went through, by the database's clock.
 */
export async function claimQueryTurn(db: Executor, paymentId: Payment["id"], everyMs = resultPageQueryEveryMs): Promise<boolean> {
  const rows = await db
    .insert(rateLimits)
    .values({ key: `result-page-query:${paymentId}`, points: 1, expire: sql`now() + ${everyMs} * interval '1 millisecond'` })
    .onConflictDoUpdate({ target: rateLimits.key, set: { points: 1, expire: sql`excluded.expire` }, setWhere: sql`${rateLimits.expire} <= now()` })
    .returning({ key: rateLimits.key });
  return rows.length > 0;
}
