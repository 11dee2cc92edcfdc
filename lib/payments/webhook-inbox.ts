import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db";
import { claimLeased, leaseHeld, workLeased } from "@/lib/db/claim";
import { payments, webhookInbox, type Payment, type WebhookInboxItem } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { PmsClient } from "@/lib/pms";
import { confirmPayment } from "./confirm-payment";
import { countCopy } from "./copy-counts";
import { createLimiter } from "@/lib/jobs/limiter";
import { processSingleton } from "@/lib/process-singleton";
import { insertEvent } from "./events";
import { getPaymentByRrn } from "./queries";
import { markPmsUnreachable } from "./reachability";
import { reconcileLeaseMs } from "./reconcile";
import { finalPaymentStatuses } from "./transitions";

// Copies of a notification confirmed this recently are counted, not confirmed again.
export const coalesceWindowMs = 30_000;
const maxRetryDelayMs = 300_000;

/**
 * Keeps a notification durably before we answer PMS "0" (NOTES #18). Copies
 * of one notification fold into the single open row for that rrn.
 */
export async function storeWebhook(input: { rrn: string; paymentId: string; payload: unknown; now?: Date }): Promise<WebhookInboxItem> {
  const db = await getDb();
  const now = input.now ?? new Date();
  const [row] = await db
    .insert(webhookInbox)
    .values({ rrn: input.rrn, paymentId: input.paymentId, payload: input.payload, receivedAt: now, nextAttemptAt: now })
    .onConflictDoUpdate({
      target: webhookInbox.rrn,
      targetWhere: sql`${webhookInbox.processedAt} is null`,
      set: { receivedCount: sql`${webhookInbox.receivedCount} + 1`, payload: sql`excluded.payload` },
    })
    .returning();
  if (!row) throw new Error("webhook inbox insert returned no row");
  return row;
}

/**
 * A copy of a notification this payment's inbox confirmed in the last 30 s,
 * for a payment that is already final: answered from one indexed read, with
 * no PMS query and no write of its own (the copy is tallied in memory,
 * copy-counts.ts), so a flood of copies costs less than storing one. A
 * notification that differs in anything (a refund's carries other fields) is
 * not a copy and is confirmed as usual. The first copy for a paid payment
 * also makes sure one status check follows the window, so a refund whose
 * notification looks the same still comes through; later copies find it set.
 */
async function countRecentCopy(db: Db, input: { rrn: string; paymentId: string; payload: unknown; now: Date }): Promise<boolean> {
  const [recent] = await db
    .select({ id: webhookInbox.id, processedAt: webhookInbox.processedAt, status: payments.status, nextCheckAt: payments.nextCheckAt })
    .from(webhookInbox)
    .innerJoin(payments, eq(payments.rrn, webhookInbox.rrn))
    .where(
      and(
        eq(webhookInbox.rrn, input.rrn),
        eq(payments.id, input.paymentId),
        inArray(payments.status, [...finalPaymentStatuses]),
        gte(webhookInbox.processedAt, new Date(input.now.getTime() - coalesceWindowMs)),
        sql`${webhookInbox.payload} = ${JSON.stringify(input.payload)}::jsonb`,
      ),
    )
    .orderBy(desc(webhookInbox.processedAt))
    .limit(1);
  if (!recent?.processedAt) return false;
  countCopy(db, recent.id);
  if (recent.status === "succeeded" && recent.nextCheckAt === null) {
    await db
      .update(payments)
      .set({ nextCheckAt: new Date(recent.processedAt.getTime() + coalesceWindowMs) })
      .where(and(eq(payments.id, input.paymentId), eq(payments.status, "succeeded"), isNull(payments.nextCheckAt)));
  }
  return true;
}

export type ReceiveResult =
  | { kind: "stored"; item: WebhookInboxItem }
  | { kind: "copy-counted" }
  | { kind: "unknown-payment" };

/** Finds the payment a notification names (it must be the one its webhookUrl was made for) and keeps it. */
export async function receiveWebhook(input: { paymentId: string; rrn: string; payload: unknown; now?: Date }): Promise<ReceiveResult> {
  const db = await getDb();
  const now = input.now ?? new Date();
  if (await countRecentCopy(db, { ...input, now })) return { kind: "copy-counted" };
  const payment = await getPaymentByRrn(db, input.rrn);
  if (!payment || payment.id !== input.paymentId) return { kind: "unknown-payment" };
  return { kind: "stored", item: await storeWebhook({ rrn: payment.rrn, paymentId: payment.id, payload: input.payload, now }) };
}

export type InboxOutcome = "processed" | "retry-later" | "handed-over";
type InboxOptions = { now?: Date; clock?: () => Date; client?: PmsClient | undefined };

/**
 * Confirms one claimed notification with /online/query. On failure it stays
 * for the worker, on a capped back-off; after WEBHOOK_INBOX_MAX_ATTEMPTS tries
 * it is never dropped silently: the payment is handed to reconciliation (due
 * now), marked PMS unreachable if that was the trouble, and an event says so.
 */
export async function processInboxItem(item: WebhookInboxItem, token: string, options: InboxOptions = {}): Promise<InboxOutcome> {
  const db = await getDb();
  const payment = await getPaymentByRrn(db, item.rrn);
  let error: { detail: string; unreachable: boolean } | undefined;
  if (payment) {
    const outcome = await confirmPayment({ payment, source: "webhook", ...(options.client && { client: options.client }) });
    if (outcome.kind === "query-failed") error = { detail: outcome.detail, unreachable: true };
    if (outcome.kind === "unknown-at-pms") error = { detail: outcome.detail, unreachable: false };
  }
  const now = options.clock?.() ?? options.now ?? new Date();
  const attempts = item.attempts + 1;
  const done = { attempts, leaseToken: null, leaseUntil: null };
  if (!error) {
    await db.update(webhookInbox).set({ ...done, processedAt: now, lastError: null }).where(leaseHeld(webhookInbox, item.id, token));
    return "processed";
  }
  if (attempts < env.WEBHOOK_INBOX_MAX_ATTEMPTS) {
    const nextAttemptAt = new Date(now.getTime() + Math.min(2 ** attempts * 1000, maxRetryDelayMs));
    await db.update(webhookInbox).set({ ...done, lastError: error.detail, nextAttemptAt }).where(leaseHeld(webhookInbox, item.id, token));
    return "retry-later";
  }
  const [closed] = await db
    .update(webhookInbox)
    .set({ ...done, processedAt: now, lastError: `handed to reconciliation after ${attempts} tries: ${error.detail}` })
    .where(leaseHeld(webhookInbox, item.id, token))
    .returning({ id: webhookInbox.id });
  if (closed && payment) await handToReconciliation(db, payment, { ...error, attempts, now });
  return "handed-over";
}

async function handToReconciliation(
  db: Db,
  payment: Pick<Payment, "id" | "orderId">,
  failure: { detail: string; unreachable: boolean; attempts: number; now: Date },
) {
  if (failure.unreachable) await markPmsUnreachable(db, payment, { source: "webhook", detail: failure.detail, now: failure.now });
  await db.transaction(async (tx) => {
    await tx
      .update(payments)
      .set({ nextCheckAt: failure.now })
      .where(and(eq(payments.id, payment.id), or(isNull(payments.nextCheckAt), gt(payments.nextCheckAt, failure.now))));
    await insertEvent(tx, payment, {
      kind: "webhook_unconfirmed",
      source: "webhook",
      detail: `not confirmed after ${failure.attempts} tries (${failure.detail}); reconciliation keeps asking`,
    });
  });
}

const inboxDue = (now: Date) => and(isNull(webhookInbox.processedAt), lte(webhookInbox.nextAttemptAt, now))!;

// Confirmations started by webhook responses, at most this many at once in a process: a flash sale's
// 500 notifications then leave database connections for the acknowledgements (each one short query),
// while PMS's answers, which take no connection, still overlap. The rest wait in memory; they are
// stored already, so if the process dies the inbox worker confirms them.
const confirmAfterResponse = processSingleton<ReturnType<typeof createLimiter>>("webhook-confirm-limiter");
export const confirmationsAtOnce = 48;

/** What the webhook runs after its response: confirmStoredWebhook, within the process's limit. */
export function confirmStoredWebhookSoon(itemId: number): Promise<InboxOutcome | "busy"> {
  return confirmAfterResponse.get(() => createLimiter(confirmationsAtOnce))(() => confirmStoredWebhook(itemId));
}

/** Right after the webhook's response: confirm the notification just stored, unless another worker holds it. */
export async function confirmStoredWebhook(itemId: number, options: InboxOptions = {}): Promise<InboxOutcome | "busy"> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const lease = await claimLeased(db, webhookInbox, {
    due: and(eq(webhookInbox.id, itemId), inboxDue(now))!,
    orderBy: [asc(webhookInbox.id)],
    limit: 1,
    now,
    leaseMs: reconcileLeaseMs(),
  });
  const [item] = lease.rows;
  return item ? processInboxItem(item, lease.token, options) : "busy";
}

/** The worker: claims due inbox rows with a lease (lib/db/claim.ts) and confirms them one by one. */
export async function processDueWebhooks(options: InboxOptions & { limit?: number } = {}) {
  const db = await getDb();
  const clock = options.clock ?? (options.now ? () => options.now! : () => new Date());
  const now = options.now ?? clock();
  const leaseMs = reconcileLeaseMs();
  const lease = await claimLeased(db, webhookInbox, {
    due: inboxDue(now),
    orderBy: [asc(webhookInbox.nextAttemptAt)],
    limit: options.limit ?? 25,
    now,
    leaseMs,
  });
  let processed = 0;
  await workLeased(db, webhookInbox, lease, { leaseMs, clock }, async (item) => {
    if ((await processInboxItem(item, lease.token, { ...options, clock })) !== "retry-later") processed++;
  });
  return { claimed: lease.rows.length, processed };
}
