import "server-only";
import { startJobLoop, type JobLoop } from "@/lib/jobs/job-loop";
import { sandboxEnv } from "./env";
import { getSandbox } from "./mount";

/**
 * The sandbox's background work in the shop's own job loops (heartbeats,
 * /api/health): POST due webhooks within about a second, and turn unpaid
 * payments into timeouts every 2 s. Both claim their rows in the database,
 * so every app instance may run them. Call only when the sandbox is enabled.
 */
export function startSandboxJobs(): JobLoop[] {
  return [
    startJobLoop("pms-sandbox-webhooks", Math.min(sandboxEnv.PMS_SANDBOX_WEBHOOK_INTERVAL_MS, 1000), async () => {
      await (await getSandbox()).jobs.dispatchWebhooks();
    }),
    startJobLoop("pms-sandbox-timeouts", 2000, async () => {
      await (await getSandbox()).jobs.expireOverdue();
    }),
  ];
}
