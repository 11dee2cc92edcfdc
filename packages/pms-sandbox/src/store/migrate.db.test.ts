import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test-support/database";
import { migrateSandbox, readSandboxMigrationStatus } from "./migrate";
import { migrations } from "./migrations";
import { openSandboxDatabase } from "./open";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe("the sandbox's own migrations", () => {
  it("are recorded in pms_sandbox.migrations, apart from any app's migrations table", async () => {
    const rows = (await database.db.execute(sql`select id from pms_sandbox.migrations order by id`)) as unknown;
    const ids = (Array.isArray(rows) ? rows : (rows as { rows: { id: string }[] }).rows).map((row: { id: string }) => row.id);
    expect(ids).toEqual(migrations.map((migration) => migration.id));
    expect(await readSandboxMigrationStatus(database.db)).toEqual({ current: true, applied: migrations.length, pending: [] });
  });

  it("apply nothing twice, even when two processes migrate at once", async () => {
    const other = database.url ? await openSandboxDatabase(database.url) : { db: database.db, close: async () => {} };
    try {
      expect(await Promise.all([migrateSandbox(database.db), migrateSandbox(other.db)])).toEqual([[], []]);
    } finally {
      await other.close();
    }
  });

  it("report what an empty database lacks without creating anything", async () => {
    const empty = await openSandboxDatabase();
    try {
      expect(await readSandboxMigrationStatus(empty.db)).toEqual({ current: false, applied: 0, pending: migrations.map((m) => m.id) });
      expect(await migrateSandbox(empty.db)).toEqual(migrations.map((m) => m.id));
    } finally {
      await empty.close();
    }
  });
});
