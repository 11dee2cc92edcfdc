import "server-only";
import fs from "node:fs";
import path from "node:path";
import { and, gte, ne } from "drizzle-orm";
import { servingBuilds } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/tx";
import type { Check } from "./jobs-check";

/** Another build seen within this window is taken to be serving still (health is asked every few seconds). */
export const servingWindowMs = 5 * 60_000;

/**
 * This process's build: NEXT_DEPLOYMENT_ID when the build was made with one (Next uses it
 * against version skew too), else the id `next build` wrote, else "development".
 */
let buildIdOfThisProcess: string | undefined;

/** The build never changes while the process runs: read once. */
export function currentBuildId(): string {
  buildIdOfThisProcess ??= readBuildId();
  return buildIdOfThisProcess;
}

function readBuildId(): string {
  // Next inlines this one at build time: the deployment id it was built with, or `false` for none.
  const named: unknown = process.env.NEXT_DEPLOYMENT_ID;
  if (typeof named === "string" && named.trim()) return named.trim().slice(0, 100);
  try {
    return fs.readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim().slice(0, 100) || "development";
  } catch {
    return "development";
  }
}

/** Notes that `buildId` serves now, and returns the other builds seen within the window. */
export async function noteServingBuild(db: Executor, buildId: string, now: Date): Promise<string[]> {
  await db
    .insert(servingBuilds)
    .values({ buildId, firstSeenAt: now, lastSeenAt: now })
    .onConflictDoUpdate({ target: servingBuilds.buildId, set: { lastSeenAt: now } });
  const others = await db
    .select({ buildId: servingBuilds.buildId })
    .from(servingBuilds)
    .where(and(ne(servingBuilds.buildId, buildId), gte(servingBuilds.lastSeenAt, new Date(now.getTime() - servingWindowMs))));
  return others.map((row) => row.buildId).sort();
}

/**
 * The health check's word on builds. It never fails the instance (a rolling
 * deploy serves two builds for a moment, and a balancer that dropped every
 * instance for it would take the shop down); it says what an operator must fix.
 */
export function describeBuilds(buildId: string, others: string[]): Check {
  if (others.length === 0) return { ok: true, detail: `build ${buildId}, the only one serving` };
  return {
    ok: false,
    detail: `build ${buildId}, while ${others.join(", ")} also served in the last 5 minutes: a form from one build fails on the other; deploy one build everywhere (README, "Running several instances")`,
  };
}
