import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/lib/db";
import { readMigrationStatus } from "@/lib/db/migration-status";
import { env } from "@/lib/env";
import { currentBuildId, describeBuilds, noteServingBuild } from "./builds";
import { readHeartbeats } from "./heartbeats";
import { checkJobs, type Check } from "./jobs-check";

export type { Check } from "./jobs-check";
export type Health = { ok: boolean; checks: { database: Check; migrations: Check; jobs: Check; build: Check } };

const databaseBudgetMs = 2_000;

/**
 * The checks behind GET /api/health. Details name what is wrong in words an
 * operator can act on; they never carry a URL, a credential or an error's
 * raw text (which for a connection failure can include the host and user).
 */
export async function checkHealth(now = Date.now()): Promise<Health> {
  const database = await checkDatabase();
  const migrations = database.ok ? await checkMigrations() : { ok: false, detail: "not checked: the database is unreachable" };
  const jobs = checkJobs(readHeartbeats(), env.BACKGROUND_JOBS === "on", now);
  const build = migrations.ok ? await checkBuild(now) : { ok: false, detail: `build ${currentBuildId()}; others not checked: the database is not ready` };
  // The build check informs and never fails the instance (lib/health/builds.ts says why).
  return { ok: database.ok && migrations.ok && jobs.ok, checks: { database, migrations, jobs, build } };
}

// A balancer asks for health every few seconds; the builds are noted and compared at most every 30 s.
const buildCheckMs = 30_000;
let lastBuildCheck: { at: number; check: Check } | undefined;

async function checkBuild(now: number): Promise<Check> {
  if (lastBuildCheck && now - lastBuildCheck.at >= 0 && now - lastBuildCheck.at < buildCheckMs) return lastBuildCheck.check;
  const buildId = currentBuildId();
  try {
    const check = describeBuilds(buildId, await noteServingBuild((await getDatabase()).db, buildId, new Date(now)));
    lastBuildCheck = { at: now, check };
    return check;
  } catch (error) {
    console.warn("[health] build check failed:", error instanceof Error ? error.message : error);
    return { ok: false, detail: `build ${buildId}; others could not be read` };
  }
}

async function checkDatabase(): Promise<Check> {
  try {
    await withBudget(
      getDatabase().then(({ db }) => db.execute(sql`select 1`)),
      databaseBudgetMs,
    );
    return { ok: true, detail: "reachable" };
  } catch (error) {
    console.warn("[health] database check failed:", error instanceof Error ? error.message : error);
    return { ok: false, detail: "unreachable" };
  }
}

async function checkMigrations(): Promise<Check> {
  try {
    const status = await readMigrationStatus((await getDatabase()).db);
    return status.current
      ? { ok: true, detail: `all ${status.latest} applied` }
      : { ok: false, detail: `${status.pending} of ${status.latest} not applied: run npm run db:migrate` };
  } catch (error) {
    console.warn("[health] migration check failed:", error instanceof Error ? error.message : error);
    return { ok: false, detail: "could not be read" };
  }
}

function withBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
