import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { parseEnv } from "@/lib/env";
import { openDatabase, type DatabaseHandle } from "./connect";
import { migrateDatabase } from "./migrate";
import { setDatabaseForTests } from "./index";

export type TestDatabase = DatabaseHandle & { name: string; url?: string; drop: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: a new database on the
 * PostgreSQL server of DATABASE_URL when it is set, else an in-memory PGlite.
 * (`migrate: false` leaves it empty, as a deploy that skipped
 * `npm run db:migrate` would.) It also becomes the process's database, so server-only data functions
 * (which call getDb()) run against it.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const { DATABASE_URL } = parseEnv(process.env);
  const name = `test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  let handle: DatabaseHandle;
  let url: string | undefined;
  let dropDatabase = async () => {};
  if (DATABASE_URL) {
    const admin = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    const target = new URL(DATABASE_URL);
    target.pathname = `/${name}`;
    url = target.toString();
    handle = await openDatabase({ databaseUrl: url, max: 20 });
    dropDatabase = async () => {
      const dropper = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    };
  } else {
    handle = await openDatabase({ inMemory: true });
  }
  // The sandbox's tables too: tests mount it (lib/pms-sandbox/mount.ts) whatever the environment says.
  if (options.migrate !== false) await migrateDatabase(handle, { sandbox: true });
  setDatabaseForTests(handle);
  return {
    ...handle,
    name,
    url,
    drop: async () => {
      setDatabaseForTests(undefined);
      await handle.close();
      await dropDatabase();
    },
  };
}
