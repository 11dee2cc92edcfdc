import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setDatabaseForTests } from "@/lib/db";
import { openDatabase } from "@/lib/db/connect";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { checkHealth } from "./check-health";
import { forgetHeartbeatsForTests, noteLoopStarted, noteLoopTicked } from "./heartbeats";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());
beforeEach(() => {
  setDatabaseForTests(database);
  forgetHeartbeatsForTests();
});

const now = Date.now();

describe("checkHealth", () => {
  it("is ok when the database answers, migrations are current and the loops tick", async () => {
    noteLoopStarted("reconcile", 5_000, now - 10_000);
    noteLoopTicked("reconcile", now - 2_000);
    const health = await checkHealth(now);
    expect(health.ok).toBe(true);
    expect(health.checks).toMatchObject({ database: { ok: true }, migrations: { ok: true }, jobs: { ok: true } });
  });

  it("fails on a database whose schema is behind, naming npm run db:migrate", async () => {
    noteLoopStarted("reconcile", 5_000, now);
    const empty = await createTestDatabase({ migrate: false });
    await empty.db.execute(sql`select 1`); // PGlite starts on its first query: not what the 2 s budget is for
    setDatabaseForTests(empty);
    try {
      const health = await checkHealth(now);
      expect(health.ok).toBe(false);
      expect(health.checks.database.ok).toBe(true);
      expect(health.checks.migrations).toMatchObject({ ok: false, detail: expect.stringContaining("npm run db:migrate") });
    } finally {
      await empty.drop();
    }
  });

  it("fails on an unreachable database without repeating its address or password", async () => {
    noteLoopStarted("reconcile", 5_000, now);
    const unreachable = await openDatabase({ databaseUrl: "postgres://shop:hunter2-secret@127.0.0.1:1/shop", max: 1 });
    setDatabaseForTests(unreachable);
    try {
      const health = await checkHealth(now);
      expect(health).toMatchObject({ ok: false, checks: { database: { ok: false }, migrations: { ok: false } } });
      expect(JSON.stringify(health)).not.toMatch(/hunter2|shop:|127\.0\.0\.1|ECONNREFUSED/);
    } finally {
      await unreachable.close();
    }
  });

  it("fails when a job loop stopped ticking", async () => {
    noteLoopStarted("reconcile", 5_000, now - 120_000);
    noteLoopTicked("reconcile", now - 90_000);
    const health = await checkHealth(now);
    expect(health).toMatchObject({ ok: false, checks: { database: { ok: true }, jobs: { ok: false, detail: "late: reconcile" } } });
  });
});
