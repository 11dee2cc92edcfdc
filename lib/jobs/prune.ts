import "server-only";
import { getDb } from "@/lib/db";
import { pruneAll, pruners } from "@/lib/db/prune";
import { env } from "@/lib/env";
import { isSandboxEnabled } from "@/lib/pms-sandbox/config";
import { sandboxPruner } from "@/lib/pms-sandbox/prune";
import { startJobLoop, type JobLoop } from "./job-loop";

/** Every retention rule (lib/db/prune.ts), and in demo mode the sandbox's own (lib/pms-sandbox/prune.ts). */
export function allPruners() {
  return [...pruners(env), ...(isSandboxEnabled() ? [sandboxPruner] : [])];
}

/**
 * Retention in the app (README, "Data that is kept"): every PRUNE_INTERVAL_MS
 * each rule deletes at most 20 batches of 500 rows, so a large backlog is
 * worked off over several ticks without one long transaction; `npm run
 * db:prune` does the same for cron. Safe on every instance at once: a batch
 * skips rows another instance holds.
 */
export function startPruneJobs(): JobLoop[] {
  return [
    startJobLoop("prune", env.PRUNE_INTERVAL_MS, async () => {
      const counts = await pruneAll(await getDb(), allPruners(), { batch: 500, maxBatches: 20 });
      const done = Object.entries(counts).filter(([, n]) => n > 0);
      if (done.length > 0) console.log(`[prune] ${done.map(([name, n]) => `${n} ${name}`).join(", ")}`);
    }),
  ];
}
