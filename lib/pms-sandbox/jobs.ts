import "server-only";
import { getDb } from "@/lib/db";
import { startJobLoop, type JobLoop } from "@/lib/jobs/job-loop";
import { sandboxTimings } from "./config";
import { expireOverduePayments } from "./store/outcomes";
import { dispatchDueWebhooks } from "./webhooks/dispatch";

/**
 * The sandbox's background work: POST due webhooks, and turn unpaid
 * payments into timeouts. Both claim their rows in the database, so every
 * app instance may run them. Call only when the sandbox is enabled.
 */
export function startSandboxJobs(): JobLoop[] {
  const dispatchEveryMs = Math.min(sandboxTimings.webhookIntervalMs, 1000);
  return [
    startJobLoop("pms-sandbox-webhooks", dispatchEveryMs, async () => {
      await dispatchDueWebhooks({ db: await getDb() });
    }),
    startJobLoop("pms-sandbox-timeouts", 2000, async () => {
      await expireOverduePayments({ db: await getDb() });
    }),
  ];
}
