export async function register() {
  // Startup work needs Node APIs and the database; the edge runtime gets none.
  // NEXT_RUNTIME is set by Next itself, not by the operator, so it is read here
  // rather than through lib/env.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startNodeServer } = await import("./lib/startup");
    await startNodeServer();
  }
}
