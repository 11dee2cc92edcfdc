import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { migrateSandbox } from "../store/migrate";
import { openSandboxDatabase, type SandboxDatabase } from "../store/open";

/** `url`: the database's own URL on PostgreSQL, for a second connection pool (a second "process"). */
export type TestDatabase = SandboxDatabase & { url?: string; drop: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: a new database on the
 * PostgreSQL server of DATABASE_URL when it is set (as in CI), else an
 * in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openSandboxDatabase();
    await migrateSandbox(handle.db);
    return { ...handle, drop: handle.close };
  }
  const name = `sandbox_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const handle = await openSandboxDatabase(target.toString());
  await migrateSandbox(handle.db);
  return {
    ...handle,
    url: target.toString(),
    drop: async () => {
      await handle.close();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}
