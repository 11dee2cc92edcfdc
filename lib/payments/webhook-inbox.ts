import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db";
import { claimLeased, leaseHeld, renewLease, workLeased } from "@/lib/db/claim";
import { rowsOf } from "@/lib/db/rows";
import { payments, webhookInbox, type Payment, type WebhookInboxItem } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { PmsClient } from "@/lib/pms";
import { confirmPayment } from "./confirm-payment";
import { countCopy } from "./copy-counts";
import { createLimiter } from "@/lib/jobs/limiter";
import { processSingleton } from "@/lib/process-singleton";
import { insertEvent } from "./events";
import { getPaymentByRrn } from "./queries";
import { findConfirmedCopy, rememberConfirmation } from "./recent-confirmations";
import { markPmsUnreachable } from "./reachability";
import { reconcileLeaseMs } from "./reconcile";
import { finalPaymentStatuses } from "./transitions";

// Copies of a notification confirmed this recently are counted, not confirmed again.
export const coalesceWindowMs = 30_000;

/**
 * How long a new row is its receiver's alone: a burst's wait in memory plus one PMS query. Also
 * how soon the worker confirms a notification whose receiver died before it could.
 */
export const receiverLeaseMs = () => env.PMS_TIMEOUT_MS + 5_000;
const maxRetryDelayMs = 300_000;

/** An inbox row and the lease its receiver holds on it: confirmed right after the response with no claim of its own. */
export type HeldItem = { item: InboxWork; token: string; leaseUntil: Date };
/** What confirming a notification reads from its inbox row. */
type InboxWork = Pick<WebhookInboxItem, "id" | "rrn" | "attempts" | "payload">;

export type ReceiveResult =
  | { kind: "stored"; itemId: number; held?: HeldItem }
  | { kind: "copy-counted" }
  | { kind: "unknown-payment" };

/**
 * Finds the payment a notification names (it must be the one its webhookUrl
 * was made for) and keeps it, in one statement, before PMS is answered "0"
 * (NOTES #18); copies fold into the single open row for the rrn. A new row
 * is stored already leased to its receiver (lib/db/claim.ts's lease), so the
 * confirmation after the response needs no claim, and the inbox worker takes
 * the row only if that lease runs out (the process died, or its confirmation
 * failed and set a retry). A copy of a notification
 * confirmed in the last 30 s, for a payment that is already final, is only
 * counted: from memory if this process confirmed it (recent-confirmations.ts),
 * else from the same statement's read, with no PMS query and no write of its
 * own (copy-counts.ts tallies it), so a flood of copies costs less than
 * storing one. A notification that differs in anything (a refund's carries
 * other fields) is not a copy and is stored as usual. The first copy for a
 * paid payment also makes sure one status check follows the window, so a
 * refund whose notification looks the same still comes through.
 */
export async function receiveWebhook(input: { paymentId: string; rrn: string; payload: unknown; now?: Date }): Promise<ReceiveResult> {
  const db = await getDb();
  const now = input.now ?? new Date();
  const remembered = findConfirmedCopy({ ...input, now, windowMs: coalesceWindowMs });
  if (remembered) {
    countCopy(db, remembered.inboxId);
    if (remembered.paid && !remembered.checkScheduled) {
      await scheduleCheckAfterWindow(db, input.paymentId, new Date(remembered.processedAt));
      remembered.checkScheduled = true;
    }
    return { kind: "copy-counted" };
  }
  const lease = { token: randomUUID(), leaseUntil: new Date(now.getTime() + receiverLeaseMs()) };
  const [row] = rowsOf<{ storedId: string | null; held: boolean | null; copyId: string | null; copyProcessedAt: string | Date | null; status: string; nextCheckAt: unknown }>(
    await db.execute(receiveStatement(input, now, lease)),
  );
  if (!row) return { kind: "unknown-payment" };
  if (row.storedId !== null) {
    const itemId = Number(row.storedId);
    // A copy folded into an open row holds no lease: someone else's, or none while it waits for its retry.
    if (!row.held) return { kind: "stored", itemId };
    return { kind: "stored", itemId, held: { item: { id: itemId, rrn: input.rrn, attempts: 0, payload: input.payload }, ...lease } };
  }
  if (row.copyId === null || row.copyProcessedAt === null) throw new Error("webhook inbox: neither stored nor a copy");
  countCopy(db, Number(row.copyId));
  if (row.status === "succeeded" && row.nextCheckAt === null) await scheduleCheckAfterWindow(db, input.paymentId, new Date(row.copyProcessedAt));
  return { kind: "copy-counted" };
}

// The payment (rrn and id must both match), a recent confirmed copy, else the insert, leased to this receiver (or a fold into the open row for the rrn).
function receiveStatement(input: { paymentId: string; rrn: string; payload: unknown }, now: Date, lease: { token: string; leaseUntil: Date }) {
  const payload = JSON.stringify(input.payload);
  const final = sql.join(finalPaymentStatuses.map((status) => sql`${status}`), sql`, `);
  return sql`
    with p as (
      select id, rrn, status, next_check_at from ${payments} where rrn = ${input.rrn} and id = ${input.paymentId}::uuid
    ),
    recent as (
      select w.id, w.processed_at from ${webhookInbox} w join p on p.rrn = w.rrn
      where p.status in (${final}) and w.processed_at >= ${new Date(now.getTime() - coalesceWindowMs).toISOString()}::timestamptz
        and w.payload = ${payload}::jsonb
      order by w.processed_at desc limit 1
    ),
    stored as (
      insert into ${webhookInbox} (rrn, payment_id, payload, received_at, next_attempt_at, lease_token, lease_until)
      select rrn, id, ${payload}::jsonb, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz, ${lease.token}::uuid, ${lease.leaseUntil.toISOString()}::timestamptz
      from p where not exists (select 1 from recent)
      on conflict (rrn) where processed_at is null
      do update set received_count = ${webhookInbox}.received_count + 1, payload = excluded.payload
      returning id, lease_token = ${lease.token}::uuid as held
    )
    select (select id from stored) as "storedId", (select held from stored) as held, r.id as "copyId", r.processed_at as "copyProcessedAt", p.status, p.next_check_at as "nextCheckAt"
    from p left join recent r on true`;
}

async function scheduleCheckAfterWindow(db: Db, paymentId: string, processedAt: Date) {
  await db
    .update(payments)
    .set({ nextCheckAt: new Date(processedAt.getTime() + coalesceWindowMs) })
    .where(and(eq(payments.id, paymentId), eq(payments.status, "succeeded"), isNull(payments.nextCheckAt)));
}

export type InboxOutcome = "processed" | "retry-later" | "handed-over";
type InboxOptions = { now?: Date; clock?: () => Date; client?: PmsClient | undefined };

/**
 * Confirms one claimed notification with /online/query. On failure it stays
 * for the worker, on a capped back-off; after WEBHOOK_INBOX_MAX_ATTEMPTS tries
 * it is never dropped silently: the payment is handed to reconciliation (due
 * now), marked PMS unreachable if that was the trouble, and an event says so.
 */
export async function processInboxItem(item: InboxWork, token: string, options: InboxOptions = {}): Promise<InboxOutcome> {
  const db = await getDb();
  const payment = await getPaymentByRrn(db, item.rrn);
  let error: { detail: string; unreachable: boolean } | undefined;
  let statusNow: Payment["status"] | undefined;
  if (payment) {
    const outcome = await confirmPayment({ payment, source: "webhook", ...(options.client && { client: options.client }) });
    if (outcome.kind === "query-failed") error = { detail: outcome.detail, unreachable: true };
    if (outcome.kind === "unknown-at-pms") error = { detail: outcome.detail, unreachable: false };
    if (outcome.kind === "applied") statusNow = outcome.result.payment?.status;
    if (outcome.kind === "unchanged") statusNow = outcome.payment.status;
  }
  const now = options.clock?.() ?? options.now ?? new Date();
  const attempts = item.attempts + 1;
  const done = { attempts, leaseToken: null, leaseUntil: null };
  if (!error) {
    const [closed] = await db
      .update(webhookInbox)
      .set({ ...done, processedAt: now, lastError: null })
      .where(leaseHeld(webhookInbox, item.id, token))
      .returning({ id: webhookInbox.id });
    if (closed && payment && statusNow && finalPaymentStatuses.includes(statusNow)) {
      rememberConfirmation(item.rrn, { inboxId: item.id, paymentId: payment.id, payload: item.payload, processedAt: now.getTime(), paid: statusNow === "succeeded" });
    }
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
export function confirmStoredWebhookSoon(stored: { itemId: number; held?: HeldItem }): Promise<InboxOutcome | "busy"> {
  return confirmAfterResponse.get(() => createLimiter(confirmationsAtOnce))(() => confirmStoredWebhook(stored));
}

/**
 * Right after the webhook's response: confirm the notification just stored, under the lease it was
 * stored with (renewed first if it waited its turn so long that one PMS query could outlast it, and
 * given up if the worker took the row meanwhile). A copy folded into an open row holds no lease: it
 * is confirmed only if a claim finds the row free.
 */
export async function confirmStoredWebhook(stored: { itemId: number; held?: HeldItem }, options: InboxOptions = {}): Promise<InboxOutcome | "busy"> {
  const now = options.now ?? new Date();
  const { held } = stored;
  if (held) {
    const holding =
      held.leaseUntil.getTime() - now.getTime() > env.PMS_TIMEOUT_MS ||
      (await renewLease(await getDb(), webhookInbox, { token: held.token, ids: [held.item.id], until: new Date(now.getTime() + reconcileLeaseMs()) })).has(held.item.id);
    return holding ? processInboxItem(held.item, held.token, options) : "busy";
  }
  const db = await getDb();
  const itemId = stored.itemId;
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
