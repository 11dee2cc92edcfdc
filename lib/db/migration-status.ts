import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { Db } from "./connect";
import { migrationsFolder } from "./migrations-folder";
import { rowsOf } from "./rows";

export { migrationsFolder };

export type MigrationStatus = { current: boolean; latest: number; applied: number; pending: number };

/**
 * Whether the database has every migration in drizzle/ applied, by the same
 * rule drizzle's migrator uses: a migration is applied when the newest row
 * in drizzle.__drizzle_migrations is at least as recent as it.
 */
export async function readMigrationStatus(db: Db, folder = migrationsFolder): Promise<MigrationStatus> {
  const migrations = readMigrationFiles({ migrationsFolder: folder });
  const lastApplied = await newestAppliedMigration(db);
  const pending = migrations.filter((migration) => lastApplied === undefined || lastApplied < migration.folderMillis).length;
  return { current: pending === 0, latest: migrations.length, applied: migrations.length - pending, pending };
}

async function newestAppliedMigration(db: Db): Promise<number | undefined> {
  // to_regclass answers null for a missing table instead of failing the statement.
  const exists = rowsOf(await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`));
  if (!exists[0]?.exists) return undefined;
  const rows = rowsOf(await db.execute(sql`select max(created_at) as "createdAt" from drizzle.__drizzle_migrations`));
  const value = rows[0]?.createdAt;
  return value === null || value === undefined ? undefined : Number(value);
}


/** The one line an operator sees when the schema is behind. */
export function describeUnmigrated(status: MigrationStatus): string {
  return (
    `The database schema is not up to date: ${status.pending} of ${status.latest} migrations are not applied. ` +
    `Run \`npm run db:migrate\` (with the same DATABASE_URL), then start the shop again.`
  );
}
