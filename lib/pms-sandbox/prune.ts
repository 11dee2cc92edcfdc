import { z } from "zod";
import { pruneFinalTransactions } from "@pms-kit/sandbox";
import type { Executor } from "@/lib/db/tx";
import { emptyToUndefined, parseEnvWith } from "@/lib/env";

const pruneEnv = parseEnvWith(
  z.object({
    // A demo's sandbox transactions (and their webhook deliveries) are deleted this long after they became final.
    PMS_SANDBOX_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number({ error: "must be a whole number of days, such as 7" }).int().positive().default(7)),
  }),
);

/**
 * The sandbox's old transactions, in demo mode (its own tables, its own rule):
 * final for longer than the retention, with no webhook delivery still
 * pending. Deliveries and their attempts go with them.
 */
export const sandboxPruner = {
  name: "old sandbox transactions",
  run: (db: Executor, limit: number, now = new Date()) =>
    pruneFinalTransactions(db, { finalBefore: new Date(now.getTime() - pruneEnv.PMS_SANDBOX_RETENTION_DAYS * 24 * 60 * 60 * 1000), limit }),
};
