import { z } from "zod";
import { and, isNotNull, lt, sql } from "drizzle-orm";
import { deleteInBatch } from "@/lib/db/claim";
import { pmsTransactions, pmsWebhookDeliveries } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/tx";
import { emptyToUndefined, parseEnvWith } from "@/lib/env";

const pruneEnv = parseEnvWith(
  z.object({
    // A demo's sandbox transactions (and their webhook deliveries) are deleted this long after they became final.
    PMS_SANDBOX_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number({ error: "must be a whole number of days, such as 7" }).int().positive().default(7)),
  }),
);

/**
 * The sandbox's old transactions, in demo mode (its own table, its own rule):
 * final for longer than the retention, with no webhook delivery still
 * pending. Deliveries and their attempts go with them (ON DELETE CASCADE).
 */
export const sandboxPruner = {
  name: "old sandbox transactions",
  run: (db: Executor, limit: number, now = new Date()) =>
    deleteInBatch(
      db,
      pmsTransactions,
      and(
        isNotNull(pmsTransactions.finalAt),
        lt(pmsTransactions.finalAt, new Date(now.getTime() - pruneEnv.PMS_SANDBOX_RETENTION_DAYS * 24 * 60 * 60 * 1000)),
        sql`not exists (select 1 from ${pmsWebhookDeliveries} where ${pmsWebhookDeliveries.transactionId} = ${pmsTransactions.id} and ${pmsWebhookDeliveries.state} = 'pending')`,
      )!,
      limit,
    ),
};
