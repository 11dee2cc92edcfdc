import "server-only";
import { env } from "@/lib/env";
import { isSandboxEnabled } from "@/lib/pms-sandbox/config";
import { startMailJobs } from "@/lib/mail/jobs";
import { startPaymentJobs } from "@/lib/payments/jobs";
import { startSandboxJobs } from "@/lib/pms-sandbox/jobs";
import { processSingleton } from "@/lib/process-singleton";
import type { JobLoop } from "./job-loop";
import { startPruneJobs } from "./prune";

const backgroundJobs = processSingleton<JobLoop[]>("background-jobs");

/** Starts every in-app background job once per process (dev reloads included). */
export function startBackgroundJobs(): void {
  if (env.BACKGROUND_JOBS === "off" || backgroundJobs.peek()) return;
  const loops: JobLoop[] = [];
  // Each feature adds its loops here.
  loops.push(...startPaymentJobs());
  loops.push(...startMailJobs());
  if (isSandboxEnabled()) loops.push(...startSandboxJobs());
  loops.push(...startPruneJobs());
  backgroundJobs.set(loops);
}
