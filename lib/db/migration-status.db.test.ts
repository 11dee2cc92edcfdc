import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeUnmigrated, migrationsFolder, readMigrationStatus } from "./migration-status";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

/** drizzle/ plus one migration newer than all of them: what a deploy with new code sees. */
function folderWithOneMore(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  fs.cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalPath, "utf8"));
  const last = journal.entries.at(-1);
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: "9999_next" });
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  fs.writeFileSync(path.join(dir, "9999_next.sql"), "select 1;");
  return dir;
}

describe("readMigrationStatus", () => {
  it("is current on a migrated database", async () => {
    const status = await readMigrationStatus(database.db);
    expect(status).toMatchObject({ current: true, pending: 0 });
    expect(status.applied).toBe(status.latest);
  });

  it("counts every migration as pending on an empty database, and names npm run db:migrate", async () => {
    const empty = await createTestDatabase({ migrate: false });
    try {
      const status = await readMigrationStatus(empty.db);
      expect(status).toMatchObject({ current: false, applied: 0 });
      expect(status.pending).toBe(status.latest);
      expect(describeUnmigrated(status)).toMatch(/not up to date.*npm run db:migrate/);
    } finally {
      await empty.drop();
    }
  });

  it("sees a migration the code has and the database has not", async () => {
    const folder = folderWithOneMore();
    try {
      expect(await readMigrationStatus(database.db, folder)).toMatchObject({ current: false, pending: 1 });
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
