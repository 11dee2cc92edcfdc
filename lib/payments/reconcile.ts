import "server-only";
import { and, asc, lte, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db";
import { claimLeased, leaseHeld, workLeased } from "@/lib/db/claim";
import { payments, type Payment } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { PmsClient } from "@/lib/pms";
import { confirmPayment, type ConfirmOutcome } from "./confirm-payment";
import { markPmsUnreachable } from "./reachability";
import { getPaymentById } from "./queries";
import { nextCheckDelayMs, nextLateCheck } from "./schedule";
import { applyPaymentStatus } from "./state-writer";
import { isFinalPayment } from "./transitions";

export { nextCheckDelayMs } from "./schedule";

// A sale PMS has never heard of this long after we sent it never reached PMS.
const unknownAtPmsAfterMs = 60_000;
// Beyond one PMS call's timeout, the time one payment's database work may take.
const leaseMarginMs = 30_000;

/** How long one payment of a batch is held: renewed before each payment, so a slow batch never outlives it. */
export function reconcileLeaseMs(): number {
  return env.PMS_TIMEOUT_MS + leaseMarginMs;
}

export type ReconcileSummary = { checked: number; settled: number; gaveUp: number; failedQueries: number };
type ReconcileOutcome = "settled" | "gave-up" | "query-failed" | "rescheduled" | "lost";

/**
 * Asks PMS about every payment whose check is due: the ones not final yet,
 * and failed or expired ones at their late re-checks (docs/decisions/006).
 * Payments are claimed with a lease (lib/db/claim.ts), so app instances and
 * `npm run reconcile` never ask about the same payment at once.
 */
export async function reconcileDuePayments(
  options: { now?: Date; clock?: () => Date; limit?: number; client?: PmsClient } = {},
): Promise<ReconcileSummary> {
  const db = await getDb();
  const clock = options.clock ?? (options.now ? () => options.now! : () => new Date());
  const now = options.now ?? clock();
  const leaseMs = reconcileLeaseMs();
  const lease = await claimLeased(db, payments, {
    due: and(lte(payments.nextCheckAt, now), sql`${payments.flag} is distinct from 'review_mismatch'`)!,
    orderBy: [asc(payments.nextCheckAt)],
    limit: options.limit ?? 25,
    now,
    leaseMs,
  });
  const summary: ReconcileSummary = { checked: lease.rows.length, settled: 0, gaveUp: 0, failedQueries: 0 };
  await workLeased(db, payments, lease, { leaseMs, clock }, async (payment) => {
    const outcome = await reconcileOne(db, payment, lease.token, clock(), options.client);
    if (outcome === "settled") summary.settled++;
    if (outcome === "gave-up") summary.gaveUp++;
    if (outcome === "query-failed") summary.failedQueries++;
  });
  return summary;
}

async function reconcileOne(db: Db, payment: Payment, token: string, now: Date, client?: PmsClient): Promise<ReconcileOutcome> {
  const outcome = await confirmPayment({ payment, source: "reconcile", ...(client && { client }) });
  if (outcome.kind === "query-failed") {
    // We could not ask: never a reason to close the payment. Ask again, capped back-off.
    await markPmsUnreachable(db, payment, { source: "reconcile", detail: outcome.detail, now });
    await reschedule(db, payment, token, new Date(now.getTime() + nextCheckDelayMs(payment.checkCount + 1)), true);
    return "query-failed";
  }
  const current = (await getPaymentById(db, payment.id)) ?? payment;
  if (isFinalPayment(current.status)) {
    const lateCheck = current.status === "failed" || current.status === "expired";
    await reschedule(db, current, token, lateCheck && current.finalizedAt ? nextLateCheck(current.finalizedAt, now) : null, false);
    return outcome.kind === "applied" || !isFinalPayment(payment.status) ? "settled" : "rescheduled";
  }
  if (outcome.kind === "held") return "settled";
  return settleLive(db, current, token, outcome, now);
}

/** PMS answered about a payment that is still open: close it only on PMS's own word, else ask again later. */
async function settleLive(db: Db, payment: Payment, token: string, outcome: ConfirmOutcome, now: Date): Promise<ReconcileOutcome> {
  if (outcome.kind === "unknown-at-pms" && now.getTime() - payment.createdAt.getTime() > unknownAtPmsAfterMs) {
    await applyPaymentStatus(db, {
      paymentId: payment.id,
      to: "failed",
      source: "reconcile",
      kind: "unknown_at_pms",
      detail: "PMS has no payment with this rrn: the sale never reached it",
    });
    await release(db, payment, token);
    return "settled";
  }
  if (outcome.kind !== "unknown-at-pms" && now.getTime() > payment.pmsTimeoutAt.getTime() + env.RECONCILE_GIVE_UP_AFTER_MS) {
    // PMS itself still says pending, well past the payment's timeout: close it
    // as expired. Late re-checks follow; a later success is applied and flagged.
    await applyPaymentStatus(db, {
      paymentId: payment.id,
      to: "expired",
      source: "reconcile",
      kind: "gave_up",
      detail: `PMS still reported it pending ${Math.round(env.RECONCILE_GIVE_UP_AFTER_MS / 60000)} min after its timeout`,
    });
    await release(db, payment, token);
    return "gave-up";
  }
  await reschedule(db, payment, token, new Date(now.getTime() + nextCheckDelayMs(payment.checkCount + 1)), true);
  return "rescheduled";
}

/** Sets the next check and gives the payment back, only if this caller still holds it. */
async function reschedule(db: Db, payment: Payment, token: string, nextCheckAt: Date | null, counted: boolean) {
  await db
    .update(payments)
    .set({
      nextCheckAt,
      leaseToken: null,
      leaseUntil: null,
      ...(counted && { checkCount: sql`${payments.checkCount} + 1` }),
    })
    .where(leaseHeld(payments, payment.id, token));
}

async function release(db: Db, payment: Payment, token: string) {
  await db.update(payments).set({ leaseToken: null, leaseUntil: null }).where(leaseHeld(payments, payment.id, token));
}
