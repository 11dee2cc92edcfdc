export async function register() {
  // Background jobs need Node APIs and the database; the edge runtime gets none.
  // NEXT_RUNTIME is set by Next itself, not by the operator, so it is read here
  // rather than through lib/env.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    // Validates the environment at startup, not at the first request.
    await import("./lib/env");
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n\nThe shop cannot start; fix the variables above (see README, "Environment").\n`);
    process.exit(1);
  }
  const { startBackgroundJobs } = await import("./lib/jobs/start");
  startBackgroundJobs();
}
