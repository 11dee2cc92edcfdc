import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, lte, or, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { DbOrTx } from "./db";
import { pmsWebhookDeliveries as d, type PmsWebhookDelivery } from "./schema";

/** Nobody holds the delivery: never leased, or its holder's lease ran out (its process died or stalled). */
export function leaseFree(now: Date): SQL {
  return or(isNull(d.leaseUntil), lte(d.leaseUntil, now))!;
}

/** The delivery is still held by this lease: every write of a claimed delivery's outcome carries this guard. */
export function leaseHeld(id: string, token: string): SQL {
  return and(eq(d.id, id), eq(d.leaseToken, token))!;
}

/**
 * Claims up to `limit` due deliveries for this caller alone, in one UPDATE:
 * rows that are due and free, skipping rows another transaction has locked
 * (FOR UPDATE SKIP LOCKED), get a fresh lease token and deadline. The due
 * condition is checked again on the rows updated, so a row that changed in
 * between is left alone. Several processes may run this at once; each row
 * goes to one of them.
 */
export async function claimLeasedDeliveries(
  db: DbOrTx,
  options: { due: SQL; orderBy: (SQL | AnyPgColumn)[]; limit: number; now: Date; leaseMs: number; set: PgUpdateSetSource<typeof d> },
): Promise<{ token: string; rows: PmsWebhookDelivery[] }> {
  const token = randomUUID();
  const dueAndFree = and(options.due, leaseFree(options.now));
  const candidates = db
    .select({ id: d.id })
    .from(d)
    .where(dueAndFree)
    .orderBy(...options.orderBy)
    .limit(options.limit)
    .for("update", { skipLocked: true });
  const rows = await db
    .update(d)
    .set({ ...options.set, leaseToken: token, leaseUntil: new Date(options.now.getTime() + options.leaseMs) })
    .where(and(inArray(d.id, candidates), dueAndFree))
    .returning();
  return { token, rows };
}
