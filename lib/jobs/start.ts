import "server-only";
import { env } from "@/lib/env";
import { isSandboxEnabled } from "@/lib/pms-sandbox/config";
import { startPaymentJobs } from "@/lib/payments/jobs";
import { startSandboxJobs } from "@/lib/pms-sandbox/jobs";
import type { JobLoop } from "./job-loop";

const globalForJobs = globalThis as unknown as { backgroundJobs?: JobLoop[] };

/** Starts every in-app background job once per process (dev reloads included). */
export function startBackgroundJobs(): void {
  if (env.BACKGROUND_JOBS === "off" || globalForJobs.backgroundJobs) return;
  const loops: JobLoop[] = [];
  // Each feature adds its loops here.
  loops.push(...startPaymentJobs());
  if (isSandboxEnabled()) loops.push(...startSandboxJobs());
  globalForJobs.backgroundJobs = loops;
}
