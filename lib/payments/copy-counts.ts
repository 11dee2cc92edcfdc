import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { webhookInbox } from "@/lib/db/schema";
import { processSingleton } from "@/lib/process-singleton";

/**
 * Copies of a notification already confirmed are counted here, in memory,
 * and added to their inbox rows about once a second (one UPDATE per row, not
 * one per copy): answering such a copy is then a read, cheaper than any write.
 * The count only tells staff how often PMS repeated itself; the notification
 * itself was stored and confirmed before, so a crash loses at most a second of
 * this tally, never a notification. Each instance adds its own, so two
 * instances on one database add up.
 */
type Tally = { pending: Map<number, number>; timer: NodeJS.Timeout | undefined; db: Db | undefined };

const tally = processSingleton<Tally>("webhook-copy-counts");
const flushEveryMs = 1_000;

export function countCopy(db: Db, inboxId: number): void {
  const state = tally.get(() => ({ pending: new Map(), timer: undefined, db: undefined }));
  state.db = db;
  state.pending.set(inboxId, (state.pending.get(inboxId) ?? 0) + 1);
  if (!state.timer) {
    state.timer = setTimeout(() => void flushCopyCounts().catch((error: unknown) => console.warn(`[webhook] copy count not saved: ${String(error)}`)), flushEveryMs);
    state.timer.unref?.();
  }
}

/** Adds the copies counted so far to their rows (tests call it; the timer does in the app). */
export async function flushCopyCounts(): Promise<void> {
  const state = tally.peek();
  if (!state?.db || state.pending.size === 0) return;
  const counts = [...state.pending];
  state.pending.clear();
  if (state.timer) clearTimeout(state.timer);
  state.timer = undefined;
  const values = sql.join(
    counts.map(([id, n]) => sql`(${id}::bigint, ${n}::int)`),
    sql`, `,
  );
  await state.db.execute(
    sql`update ${webhookInbox} set received_count = ${webhookInbox.receivedCount} + c.n from (values ${values}) as c(id, n) where ${webhookInbox.id} = c.id`,
  );
}
