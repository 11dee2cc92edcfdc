import "server-only";
import { env } from "@/lib/env";
import { openDatabase, type DatabaseHandle, type Db } from "./connect";
import { seedCatalog } from "./seed";

export type { Db } from "./connect";

/**
 * One database per process, kept on globalThis so dev reloads and the
 * separate bundles Next makes for instrumentation, pages and route handlers
 * all share it. PGlite in particular must never be opened twice.
 */
const globalForDb = globalThis as unknown as { shopDatabase?: Promise<DatabaseHandle> };

export function getDatabase(): Promise<DatabaseHandle> {
  if (env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database is not available during `next build`.");
  }
  globalForDb.shopDatabase ??= connect().catch((error) => {
    globalForDb.shopDatabase = undefined;
    throw error;
  });
  return globalForDb.shopDatabase;
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
  const handle = await openDatabase({ pgliteDir: env.PGLITE_DIR });
  await handle.migrate();
  await seedCatalog(handle.db);
  return handle;
}
