/**
 * Runs once when the Node server starts (instrumentation.ts): validates the
 * environment and opens the database, so a bad variable, a database in use
 * by another process or one behind on migrations stops the server at once
 * with a message naming it; then starts the background jobs.
 */
export async function startNodeServer(): Promise<void> {
  // First: every request, the first included, carries the address no client can choose.
  (await import("./http/peer-address")).stampPeerAddresses();
  let env;
  try {
    ({ env } = await import("./env"));
    await import("./pms-sandbox/env");
  } catch (error) {
    console.error(
      `\n${error instanceof Error ? error.message : String(error)}\n\nThe shop cannot start; fix the variables above (see README, "Environment").\n`,
    );
    process.exit(1);
  }
  const staffConfig = await import("./auth/staff-config");
  const problem =
    (await import("./db/production")).productionDatabaseProblem(env) ??
    (await import("./sandbox-mode")).productionPmsProblem(env) ??
    staffConfig.productionStaffProblem(env);
  if (problem) {
    console.error(`\n${problem}\n`);
    process.exit(1);
  }
  // One message and a non-zero exit, not "Ready" followed by a 500 for every request.
  const databaseProblem = await (await import("./db/startup-check")).databaseProblemAtStart();
  if (databaseProblem) {
    console.error(`\n${databaseProblem}\n`);
    process.exit(1);
  }
  const [{ isSandboxEnabled }, { startBackgroundJobs }, { registerCacheStore }] = await Promise.all([
    import("./pms-sandbox/config"),
    import("./jobs/start"),
    import("./cache/store"),
  ]);
  // Before the first request: the cache handler checks every cached page against the database.
  registerCacheStore();
  if (env.NODE_ENV === "production" && isSandboxEnabled()) {
    // Shoppers approve their own payments on the sandbox's page: fine for a demo, never for real money.
    console.warn("[startup] The PMS sandbox is ON in production: payments are simulated. Set PMS_BASE_URL to take real payments.");
  }
  await warnOfOtherBuilds();
  await inviteFirstOwner(env, staffConfig.resolveStaffConfig(env));
  startBackgroundJobs();
}

/** A fresh database invites STAFF_EMAIL as the first owner; the demo owner is announced. Neither stops the start. */
async function inviteFirstOwner(env: import("./env").Env, config: import("./auth/staff-config").StaffConfig): Promise<void> {
  const warning = (await import("./auth/staff-config")).demoOwnerWarning(config);
  if (warning) console.warn(warning);
  if (!config.enabled) return;
  try {
    const [{ getDb }, firstOwner] = await Promise.all([import("./db"), import("./staff/first-owner")]);
    const result = await firstOwner.inviteFirstOwner(await getDb(), config.firstOwnerEmail, env.APP_URL);
    if (result?.kind === "invited") console.warn(`[startup] No staff yet: ${config.firstOwnerEmail} is invited as the first owner (see the mail outbox, or run \`npm run staff:invite -- --owner EMAIL\`).`);
  } catch (error) {
    console.error("[startup] could not invite the first owner:", error instanceof Error ? error.message : error);
  }
}

/** Says at start when another build served on this database lately: server actions fail between builds. */
async function warnOfOtherBuilds(): Promise<void> {
  const [{ currentBuildId, describeBuilds, noteServingBuild }, { getDatabase }] = await Promise.all([import("./health/builds"), import("./db")]);
  const buildId = currentBuildId();
  try {
    const check = describeBuilds(buildId, await noteServingBuild((await getDatabase()).db, buildId, new Date()));
    if (!check.ok) console.warn(`[startup] ${check.detail}`);
  } catch (error) {
    console.warn("[startup] could not compare builds:", error instanceof Error ? error.message : error);
  }
}
