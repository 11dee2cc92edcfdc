import { and, isNotNull, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "./db";
import { pmsTransactions as t, pmsWebhookDeliveries as d } from "./schema";

/**
 * Deletes up to `limit` transactions final since before `finalBefore` with no
 * webhook delivery still pending; their deliveries and attempts go with them
 * (ON DELETE CASCADE). Rows another transaction holds are skipped (SKIP
 * LOCKED), so two instances pruning at once take different rows. Returns how
 * many went; call again while it returns `limit`.
 */
export async function pruneFinalTransactions(db: DbOrTx, { finalBefore, limit }: { finalBefore: Date; limit: number }): Promise<number> {
  const old = and(
    isNotNull(t.finalAt),
    lt(t.finalAt, finalBefore),
    sql`not exists (select 1 from ${d} where ${d.transactionId} = ${t.id} and ${d.state} = 'pending')`,
  );
  const gone = await db.execute(
    sql`delete from ${t} where ${t.id} in (select ${t.id} from ${t} where ${old} limit ${limit} for update skip locked) returning 1 as "gone"`,
  );
  return Array.isArray(gone) ? gone.length : ((gone as { rows?: unknown[] }).rows?.length ?? 0);
}
