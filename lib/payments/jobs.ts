import "server-only";
import { env } from "@/lib/env";
import { startJobLoop, type JobLoop } from "@/lib/jobs/job-loop";
import { reconcileDuePayments } from "./reconcile";
import { processDueWebhooks } from "./webhook-inbox";

/** Reconciliation (docs/pms/NOTES.md #19) and the webhook inbox worker (docs/pms/NOTES.md #18), inside the app. */
export function startPaymentJobs(): JobLoop[] {
  return [
    startJobLoop("reconcile-payments", env.RECONCILE_INTERVAL_MS, async () => {
      await reconcileDuePayments();
    }),
    startJobLoop("webhook-inbox", Math.min(env.RECONCILE_INTERVAL_MS, 2_000), async () => {
      await processDueWebhooks();
    }),
  ];
}
