import { sql } from "drizzle-orm";
import type { Db } from "./db";
import { migrations as all, type Migration } from "./migrations";

export type SandboxMigrationStatus = { current: boolean; applied: number; pending: string[] };

// Two processes migrating one PostgreSQL at once take turns (the second finds nothing to do).
const LOCK = sql`select pg_advisory_xact_lock(hashtext('pms_sandbox.migrations'))`;

/**
 * Applies the sandbox's migrations a database lacks, in one transaction, and
 * records each in its own table (pms_sandbox.migrations), apart from any
 * migrations table of the app it shares the database with. Returns the ids applied.
 */
export async function migrateSandbox(db: Db, migrations: readonly Migration[] = all): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.execute(LOCK);
    await tx.execute(sql`create schema if not exists "pms_sandbox"`);
    await tx.execute(
      sql`create table if not exists "pms_sandbox"."migrations" ("id" text primary key, "applied_at" timestamp with time zone not null default now())`,
    );
    const done = new Set((rowsOf(await tx.execute(sql`select "id" from "pms_sandbox"."migrations"`))).map((row) => String(row.id)));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(sql`insert into "pms_sandbox"."migrations" ("id") values (${migration.id})`);
      applied.push(migration.id);
    }
    return applied;
  });
}

/** Which migrations a database lacks, without changing it (an app's start-up check). */
export async function readSandboxMigrationStatus(db: Db, migrations: readonly Migration[] = all): Promise<SandboxMigrationStatus> {
  const exists = rowsOf(await db.execute(sql`select to_regclass('pms_sandbox.migrations') is not null as "exists"`));
  const done = exists[0]?.exists
    ? new Set(rowsOf(await db.execute(sql`select "id" from "pms_sandbox"."migrations"`)).map((row) => String(row.id)))
    : new Set<string>();
  const pending = migrations.filter((migration) => !done.has(migration.id)).map((migration) => migration.id);
  return { current: pending.length === 0, applied: migrations.length - pending.length, pending };
}

// postgres.js answers an array of rows, PGlite an object holding them.
function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  return ((result as { rows?: Record<string, unknown>[] }).rows ?? []) as Record<string, unknown>[];
}
