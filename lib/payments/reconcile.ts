import "server-only";
import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { payments, type Payment } from "@/lib/db/schema";
import type { PmsClient } from "@/lib/pms";
import { env } from "@/lib/env";
import { confirmPayment } from "./confirm-payment";
import { applyPaymentStatus } from "./state-writer";
import { livePaymentStatuses } from "./transitions";

const claimLeaseMs = 60_000;
const maxBackoffMs = 5 * 60_000;
const firstBackoffMs = 5_000;
// A sale PMS has never heard of this long after we sent it never reached PMS.
const unknownAtPmsAfterMs = 60_000;

export function nextCheckDelayMs(checkCount: number): number {
  return Math.min(firstBackoffMs * 2 ** Math.max(0, checkCount), maxBackoffMs);
}

/**
 * Claims due payments in the database (FOR UPDATE SKIP LOCKED plus a lease),
 * so several app instances, or the cron script beside them, never work the
 * same payment at once; a claim that dies with its process expires.
 */
export async function claimDuePayments(now: Date, limit: number): Promise<Payment[]> {
  const db = await getDb();
  const due = db
    .select({ id: payments.id })
    .from(payments)
    .where(
      and(
        inArray(payments.status, [...livePaymentStatuses]),
        lte(payments.nextCheckAt, now),
        or(isNull(payments.flag), sql`${payments.flag} <> 'review_mismatch'`),
      ),
    )
    .orderBy(asc(payments.nextCheckAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(payments)
    .set({ nextCheckAt: new Date(now.getTime() + claimLeaseMs) })
    .where(inArray(payments.id, due))
    .returning();
}

export type ReconcileSummary = { checked: number; settled: number; gaveUp: number; failedQueries: number };

export async function reconcileDuePayments(
  options: { now?: Date; limit?: number; client?: PmsClient } = {},
): Promise<ReconcileSummary> {
  const now = options.now ?? new Date();
  const claimed = await claimDuePayments(now, options.limit ?? 25);
  const summary: ReconcileSummary = { checked: claimed.length, settled: 0, gaveUp: 0, failedQueries: 0 };
  for (const payment of claimed) {
    const outcome = await reconcileOne(payment, now, options.client);
    if (outcome === "settled") summary.settled++;
    if (outcome === "gave-up") summary.gaveUp++;
    if (outcome === "query-failed") summary.failedQueries++;
  }
  return summary;
}

async function reconcileOne(payment: Payment, now: Date, client?: PmsClient) {
  const db = await getDb();
  const outcome = await confirmPayment({ payment, source: "reconcile", ...(client && { client }) });
  if (outcome.kind === "applied" && outcome.result.payment && !livePaymentStatuses.includes(outcome.result.payment.status)) {
    return "settled";
  }
  if (outcome.kind === "held") return "settled";
  if (outcome.kind === "unknown-at-pms" && now.getTime() - payment.createdAt.getTime() > unknownAtPmsAfterMs) {
    await applyPaymentStatus(db, {
      paymentId: payment.id,
      to: "failed",
      source: "reconcile",
      kind: "unknown_at_pms",
      detail: "PMS has no payment with this rrn: the sale never reached it",
    });
    return "settled";
  }
  if (now.getTime() > payment.pmsTimeoutAt.getTime() + env.RECONCILE_GIVE_UP_AFTER_MS) {
    // Well past its timeout and still not final at PMS: settle it as expired.
    // Should PMS ever report it paid, that success is applied and flagged.
    await applyPaymentStatus(db, {
      paymentId: payment.id,
      to: "expired",
      source: "reconcile",
      kind: "gave_up",
      detail: `no final answer from PMS ${Math.round(env.RECONCILE_GIVE_UP_AFTER_MS / 60000)} min after its timeout`,
    });
    return "gave-up";
  }
  await db
    .update(payments)
    .set({
      checkCount: payment.checkCount + 1,
      nextCheckAt: new Date(now.getTime() + nextCheckDelayMs(payment.checkCount + 1)),
    })
    .where(and(eq(payments.id, payment.id), inArray(payments.status, [...livePaymentStatuses])));
  return outcome.kind === "query-failed" ? "query-failed" : "rescheduled";
}
