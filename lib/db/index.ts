import "server-only";
import { env, pgliteDirOf } from "@/lib/env";
import { openDatabase, type DatabaseHandle, type Db } from "./connect";
import { processSingleton } from "@/lib/process-singleton";
import { resolveSandboxEnabled } from "@/lib/sandbox-mode";
import { migrateDatabase } from "./migrate";
import { seedCatalog } from "./seed";

export type { Db } from "./connect";

// One database per process (PGlite in particular must never be opened twice).
const database = processSingleton<Promise<DatabaseHandle>>("database");

export function getDatabase(): Promise<DatabaseHandle> {
  if (env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database is not available during `next build`.");
  }
  return database.get(() =>
    connect().catch((error: unknown) => {
      database.set(undefined);
      throw error;
    }),
  );
}

/** Tests only: make `handle` the process's database, or forget it (undefined). */
export function setDatabaseForTests(handle: DatabaseHandle | undefined): void {
  database.set(handle && Promise.resolve(handle));
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

async function connect(): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    // PostgreSQL is migrated and seeded by `npm run db:migrate` / `db:seed`.
    return openDatabase({ databaseUrl: env.DATABASE_URL });
  }
  // The embedded database is the zero-setup path: ready on first start.
  const handle = await openDatabase({ pgliteDir: pgliteDirOf(env) });
  await migrateDatabase(handle, { sandbox: resolveSandboxEnabled(env) });
  await seedCatalog(handle.db);
  return handle;
}
