import "server-only";
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { webhookInbox, type WebhookInboxItem } from "@/lib/db/schema";
import type { PmsClient } from "@/lib/pms";
import { confirmPayment } from "./confirm-payment";
import { getPaymentByRrn } from "./queries";

const maxInboxAttempts = 20;

/**
 * Keeps a notification durably before we answer PMS "0" (docs/pms/NOTES.md #18). Copies
 * of one notification fold into the single open row for that rrn.
 */
export async function storeWebhook(input: { rrn: string; paymentId: string; payload: unknown }): Promise<WebhookInboxItem> {
  const db = await getDb();
  const [row] = await db
    .insert(webhookInbox)
    .values({ rrn: input.rrn, paymentId: input.paymentId, payload: input.payload })
    .onConflictDoUpdate({
      target: webhookInbox.rrn,
      targetWhere: sql`${webhookInbox.processedAt} is null`,
      set: { receivedCount: sql`${webhookInbox.receivedCount} + 1`, payload: sql`excluded.payload` },
    })
    .returning();
  if (!row) throw new Error("webhook inbox insert returned no row");
  return row;
}

export type ReceiveResult = { kind: "stored"; item: WebhookInboxItem } | { kind: "unknown-payment" };

/** Finds the payment a notification names (it must be the one its webhookUrl was made for) and keeps it. */
export async function receiveWebhook(input: { paymentId: string; rrn: string; payload: unknown }): Promise<ReceiveResult> {
  const payment = await getPaymentByRrn(await getDb(), input.rrn);
  if (!payment || payment.id !== input.paymentId) return { kind: "unknown-payment" };
  return { kind: "stored", item: await storeWebhook({ rrn: payment.rrn, paymentId: payment.id, payload: input.payload }) };
}

export type InboxOutcome = "processed" | "retry-later";

/** Confirms one stored notification with /online/query; on failure it stays for the worker. */
export async function processInboxItem(item: WebhookInboxItem, client?: PmsClient): Promise<InboxOutcome> {
  const db = await getDb();
  const payment = await getPaymentByRrn(db, item.rrn);
  let error: string | undefined;
  if (payment) {
    const outcome = await confirmPayment({ payment, source: "webhook", ...(client && { client }) });
    if (outcome.kind === "query-failed" || outcome.kind === "unknown-at-pms") error = outcome.detail;
  }
  const attempts = item.attempts + 1;
  if (!error || attempts >= maxInboxAttempts) {
    await db
      .update(webhookInbox)
      .set({ processedAt: new Date(), attempts, lastError: error ?? null })
      .where(and(eq(webhookInbox.id, item.id), isNull(webhookInbox.processedAt)));
    return "processed";
  }
  await db
    .update(webhookInbox)
    .set({ attempts, lastError: error, nextAttemptAt: new Date(Date.now() + Math.min(2 ** attempts * 1000, 300_000)) })
    .where(eq(webhookInbox.id, item.id));
  return "retry-later";
}

/** The worker: claims due inbox rows (SKIP LOCKED plus a lease) and confirms them. */
export async function processDueWebhooks(options: { now?: Date; limit?: number; client?: PmsClient } = {}) {
  const db = await getDb();
  const now = options.now ?? new Date();
  const due = db
    .select({ id: webhookInbox.id })
    .from(webhookInbox)
    .where(and(isNull(webhookInbox.processedAt), lte(webhookInbox.nextAttemptAt, now)))
    .orderBy(asc(webhookInbox.nextAttemptAt))
    .limit(options.limit ?? 25)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(webhookInbox)
    .set({ nextAttemptAt: new Date(now.getTime() + 60_000) })
    .where(inArray(webhookInbox.id, due))
    .returning();
  let processed = 0;
  for (const item of claimed) {
    if ((await processInboxItem(item, options.client)) === "processed") processed++;
  }
  return { claimed: claimed.length, processed };
}
