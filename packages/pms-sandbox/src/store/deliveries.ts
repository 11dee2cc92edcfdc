import { and, asc, desc, eq, gte, inArray, lt, lte, sql } from "drizzle-orm";
import { claimLeasedDeliveries, leaseFree, leaseHeld } from "./claim";
import {
  pmsWebhookAttempts,
  pmsWebhookDeliveries,
  type NewPmsWebhookAttempt,
  type PmsWebhookAttempt,
  type PmsWebhookDelivery,
  type PmsWebhookPayload,
} from "./schema";
import type { DbOrTx } from "./db";

const d = pmsWebhookDeliveries;

export type NewNotification = {
  transactionId: string;
  rrn: string;
  event: string;
  url: string;
  payload: PmsWebhookPayload;
  createdAt: Date;
  firstAttemptAt: Date;
  maxAttempts: number;
};

export async function enqueueNotification(db: DbOrTx, n: NewNotification): Promise<PmsWebhookDelivery> {
  const [row] = await db
    .insert(d)
    .values({
      transactionId: n.transactionId,
      rrn: n.rrn,
      event: n.event,
      url: n.url,
      payload: n.payload,
      maxAttempts: n.maxAttempts,
      nextAttemptAt: n.firstAttemptAt,
      createdAt: n.createdAt,
    })
    .returning();
  if (!row) throw new Error("enqueueNotification: insert returned no row");
  return row;
}

// Due to be sent; claimLeased adds "and nobody holds it".
const isDue = (now: Date) => and(eq(d.state, "pending"), lte(d.nextAttemptAt, now), lt(d.attempts, d.maxAttempts))!;

export type Claim = { leaseToken: string; deliveries: PmsWebhookDelivery[] };

/**
 * Takes due deliveries for this caller alone, through the sandbox's one claim
 * helper (./claim.ts: lease token, deadline, SKIP LOCKED). The attempt
 * is counted in the claim, before sending, so a process that dies mid-send
 * still uses up an attempt and the cap of five holds.
 */
export async function claimDueDeliveries(
  db: DbOrTx,
  { now, leaseMs, limit }: { now: Date; leaseMs: number; limit: number },
): Promise<Claim> {
  const lease = await claimLeasedDeliveries(db, {
    due: isDue(now),
    orderBy: [asc(d.nextAttemptAt), asc(d.createdAt)],
    limit,
    now,
    leaseMs,
    set: { attempts: sql`${d.attempts} + 1`, lastAttemptAt: now },
  });
  return { leaseToken: lease.token, deliveries: lease.rows };
}

export type DeliveryResult = {
  state: "pending" | "delivered" | "failed" | "dropped";
  nextAttemptAt?: Date;
  lastStatus: number | null;
  lastAnswer: string | null;
  lastError: string | null;
};

/** Records the outcome of a claimed attempt; a no-op if the lease was lost meanwhile. */
export async function finishDelivery(
  db: DbOrTx,
  { id, leaseToken }: { id: string; leaseToken: string },
  result: DeliveryResult,
): Promise<boolean> {
  const rows = await db
    .update(d)
    .set({ ...result, leaseToken: null, leaseUntil: null })
    .where(leaseHeld(id, leaseToken))
    .returning({ id: d.id });
  return rows.length > 0;
}

export async function recordAttempt(db: DbOrTx, attempt: NewPmsWebhookAttempt): Promise<void> {
  await db.insert(pmsWebhookAttempts).values(attempt).onConflictDoNothing();
}

/** A pending delivery whose attempts ran out while its process died is given up. */
export async function giveUpExhausted(db: DbOrTx, now: Date): Promise<number> {
  const rows = await db
    .update(d)
    .set({ state: "failed", leaseToken: null, leaseUntil: null })
    .where(
      and(
        eq(d.state, "pending"),
        gte(d.attempts, d.maxAttempts),
        leaseFree(now),
      ),
    )
    .returning({ id: d.id });
  return rows.length;
}

/**
 * The console's "resend": due now, with a fresh round of attempts. A delivery
 * being sent at this moment (leased) is left alone.
 */
export async function requeueDelivery(db: DbOrTx, id: string, now: Date, attempts: number): Promise<boolean> {
  const rows = await db
    .update(d)
    .set({ state: "pending", nextAttemptAt: now, maxAttempts: sql`${d.attempts} + ${attempts}` })
    .where(and(eq(d.id, id), leaseFree(now)))
    .returning({ id: d.id });
  return rows.length > 0;
}

export function listRecentDeliveries(db: DbOrTx, limit = 100): Promise<PmsWebhookDelivery[]> {
  return db.select().from(d).orderBy(desc(d.createdAt)).limit(limit);
}

export function listDeliveriesOf(db: DbOrTx, transactionId: string): Promise<PmsWebhookDelivery[]> {
  return db.select().from(d).where(eq(d.transactionId, transactionId)).orderBy(asc(d.createdAt));
}

export function listAttemptsOf(db: DbOrTx, deliveryIds: string[]): Promise<PmsWebhookAttempt[]> {
  if (deliveryIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(pmsWebhookAttempts)
    .where(inArray(pmsWebhookAttempts.deliveryId, deliveryIds))
    .orderBy(asc(pmsWebhookAttempts.attemptNo), asc(pmsWebhookAttempts.copy));
}
