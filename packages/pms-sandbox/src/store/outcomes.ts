import { and, eq, lte } from "drizzle-orm";
import { webhookMaxAttempts } from "../config";
import { faultMs, hasFault, type ActiveFaults } from "../faults";
import { newGatewayRefCode } from "../ids";
import { gatewayAnswers, transitions, type Outcome } from "../status";
import { buildWebhookPayload } from "../webhooks/payload";
import type { Db } from "./db";
import { enqueueNotification } from "./deliveries";
import { readActiveFaults } from "./settings";
import { pmsTransactions, type PmsTransaction } from "./schema";
import { findTransactionById } from "./transactions";

export type SettleResult =
  | { settled: true; transaction: PmsTransaction }
  | { settled: false; transaction: PmsTransaction | undefined };

/**
 * Applies an outcome to a payment and queues its notification, atomically.
 * The UPDATE only matches the status the outcome starts from (pending, or
 * success for a refund), so of two racing outcomes — a shopper's approval
 * and the timeout sweeper, or two app instances — exactly one wins.
 */
export async function settlePayment(
  db: Db,
  { transactionId, outcome, now, faults }: { transactionId: string; outcome: Outcome; now: Date; faults?: ActiveFaults },
): Promise<SettleResult> {
  // Read before the transaction: PGlite has one connection, so a query outside
  // an open transaction would wait for it forever.
  const activeFaults = faults ?? (await readActiveFaults(db));
  const { from, to } = transitions[outcome];
  const settled = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(pmsTransactions)
      .set(changesFor(outcome, to, now))
      .where(and(eq(pmsTransactions.id, transactionId), eq(pmsTransactions.status, from)))
      .returning();
    if (row?.webhookUrl) {
      await enqueueNotification(tx, {
        transactionId: row.id,
        rrn: row.rrn,
        event: to,
        url: row.webhookUrl,
        payload: buildWebhookPayload(row, to),
        createdAt: now,
        firstAttemptAt: new Date(now.getTime() + holdBackMs(activeFaults, to)),
        maxAttempts: webhookMaxAttempts,
      });
    }
    return row;
  });
  if (settled) return { settled: true, transaction: settled };
  return { settled: false, transaction: await findTransactionById(db, transactionId) };
}

function changesFor(outcome: Outcome, to: string, now: Date): Partial<PmsTransaction> {
  const answer = gatewayAnswers[to as keyof typeof gatewayAnswers];
  const base = { status: to, gwErrorCode: answer.code, gwErrorMessage: answer.message };
  if (outcome === "refund") return { ...base, refundRefCode: newGatewayRefCode(), refundedAt: now };
  if (outcome === "success") return { ...base, gwRefCode: newGatewayRefCode(), finalAt: now };
  return { ...base, finalAt: now };
}

/** webhook-delay holds every new notification; webhook-reorder holds all but refunds. */
function holdBackMs(faults: ActiveFaults, event: string): number {
  const reorder = hasFault(faults, "webhook-reorder") && event !== "04" ? faultMs(faults, "webhook-reorder") : 0;
  return faultMs(faults, "webhook-delay") + reorder;
}

/** The lazy half of the timeout: a page view or query never shows an overdue payment as pending. */
export async function expireIfOverdue(db: Db, transaction: PmsTransaction, now: Date, faults?: ActiveFaults): Promise<PmsTransaction> {
  if (transaction.status !== "05" || transaction.expiresAt > now) return transaction;
  const result = await settlePayment(db, { transactionId: transaction.id, outcome: "timeout", now, faults });
  return result.transaction ?? transaction;
}

/** The sweeper: every pending payment past its deadline becomes 03 and is notified. */
export async function expireOverduePayments({
  db,
  now = new Date(),
  limit = 100,
  startFaults,
}: {
  db: Db;
  now?: Date;
  limit?: number;
  /** The faults the sandbox started with (the console's switches are read here). */
  startFaults?: ActiveFaults;
}): Promise<number> {
  const overdue = await db
    .select({ id: pmsTransactions.id })
    .from(pmsTransactions)
    .where(and(eq(pmsTransactions.status, "05"), lte(pmsTransactions.expiresAt, now)))
    .limit(limit);
  if (overdue.length === 0) return 0;
  const faults = await readActiveFaults(db, startFaults);
  let expired = 0;
  for (const { id } of overdue) {
    const result = await settlePayment(db, { transactionId: id, outcome: "timeout", now, faults });
    if (result.settled) expired++;
  }
  return expired;
}
