import "server-only";
import { getDatabase } from "./index";
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
    return status.current ? undefined : describeUnmigrated(status);
  } catch (error) {
    return `The shop cannot read the database's migrations: ${error instanceof Error ? error.message : String(error)}`;
  }
}
