import type { Env } from "@/lib/env";

/**
 * Production keeps its orders in PostgreSQL (DATABASE_URL). Without it the
 * embedded PGlite would open quietly on each host, and each host would keep
 * its own order book. An operator who wants the embedded database (a demo on
 * one instance) says so by naming its folder in PGLITE_DIR. Returns the one
 * message startup prints before exiting, or undefined.
 */
export function productionDatabaseProblem(source: Pick<Env, "NODE_ENV" | "DATABASE_URL" | "PGLITE_DIR">): string | undefined {
  if (source.NODE_ENV !== "production" || source.DATABASE_URL !== undefined || source.PGLITE_DIR !== undefined) return undefined;
  return (
    "The shop cannot start in production without DATABASE_URL: set it to the PostgreSQL every instance shares " +
    "(postgres://…). For a single-instance demo on the embedded database, name its folder in PGLITE_DIR instead."
  );
}
