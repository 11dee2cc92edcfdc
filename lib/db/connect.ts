import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { migrationsFolder } from "./migrations-folder";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Db;
  kind: "postgres" | "pglite";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

export type ConnectOptions =
  | { databaseUrl: string; max?: number }
  | { pgliteDir: string }
  | { inMemory: true };

// Product search's trigram index needs pg_trgm; PostgreSQL ships it in contrib, PGlite as a loadable extension.
const pgliteExtensions = { pg_trgm };

export async function openDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
  if ("databaseUrl" in options) return openPostgres(options.databaseUrl, options.max ?? 10);
  if ("pgliteDir" in options) return openPglite(options.pgliteDir);
  return openPgliteClient(new PGlite({ extensions: pgliteExtensions }), () => {});
}

function openPostgres(url: string, max: number): DatabaseHandle {
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    migrate: () => migratePostgres(drizzlePostgres(client), { migrationsFolder }),
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dir: string): Promise<DatabaseHandle> {
  const absolute = path.resolve(dir);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  const releaseLock = acquireDirectoryLock(absolute);
  try {
    const client = await PGlite.create(absolute, { extensions: pgliteExtensions });
    return openPgliteClient(client, releaseLock);
  } catch (error) {
    releaseLock();
    throw error;
  }
}

function openPgliteClient(client: PGlite, releaseLock: () => void): DatabaseHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

/**
 * PGlite is one single-user Postgres: two processes writing the same folder
 * corrupt it, and PGlite itself takes no lock. We take one beside the folder
 * (`<dir>.lock`, holding our pid), created atomically; a lock whose process
 * is gone is stale and taken over.
 */
export function acquireDirectoryLock(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The embedded database at ${dir} is already open in another process (pid ${holder}). ` +
            `PGlite allows one process per data folder: stop that process, or set PGLITE_DIR ` +
            `to another folder, or set DATABASE_URL to use PostgreSQL.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database at ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
