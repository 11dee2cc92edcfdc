import "server-only";
import { getDatabase } from "./index";
import { readSandboxMigrationStatus } from "@pms-kit/sandbox";
import { env } from "@/lib/env";
import { resolveSandboxEnabled } from "@/lib/sandbox-mode";
import { describeUnmigrated, readMigrationStatus } from "./migration-status";

/**
 * Opens the database once at start, so a server that cannot use it stops
 * with one message instead of answering 500 to every request: a PGlite
 * folder held by another process, an unreachable PostgreSQL, or a schema
 * behind the code. PostgreSQL is never migrated here (docs/decisions/
 * 007-migrations-at-start.md): that is `npm run db:migrate`, one step of a
 * deploy. The embedded database migrates itself when opened (quick start).
 */
export async function databaseProblemAtStart(): Promise<string | undefined> {
  let handle;
  try {
    handle = await getDatabase();
  } catch (error) {
    return `The shop cannot open its database: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    const status = await readMigrationStatus(handle.db);
    if (!status.current) return describeUnmigrated(status);
    if (!resolveSandboxEnabled(env)) return undefined;
    const sandbox = await readSandboxMigrationStatus(handle.db);
    if (sandbox.current) return undefined;
    return (
      `The PMS sandbox's tables are not up to date: ${sandbox.pending.length} of its migrations are not applied. ` +
      `Run \`npm run db:migrate\` (with the same DATABASE_URL), then start the shop again.`
    );
  } catch (error) {
    return `The shop cannot read the database's migrations: ${error instanceof Error ? error.message : String(error)}`;
  }
}
