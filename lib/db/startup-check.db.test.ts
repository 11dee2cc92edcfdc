import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "./connect";
import { databaseProblemAtStart } from "./startup-check";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
const processDatabase = globalThis as unknown as { shopDatabase?: Promise<DatabaseHandle> };

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  processDatabase.shopDatabase = Promise.resolve(database);
  await database.drop();
});

describe("databaseProblemAtStart", () => {
  it("finds none on a migrated database", async () => {
    processDatabase.shopDatabase = Promise.resolve(database);
    expect(await databaseProblemAtStart()).toBeUndefined();
  });

  it("refuses an unmigrated database with one line naming npm run db:migrate", async () => {
    const empty = await openDatabase({ inMemory: true });
    await empty.db.execute(sql`select 1`);
    processDatabase.shopDatabase = Promise.resolve(empty);
    try {
      const problem = await databaseProblemAtStart();
      expect(problem).toMatch(/^The database schema is not up to date: \d+ of \d+ migrations are not applied\. Run `npm run db:migrate`/);
      expect(problem).not.toContain("\n");
    } finally {
      await empty.close();
    }
  });

  it("reports a database that cannot be opened, in one message", async () => {
    processDatabase.shopDatabase = Promise.reject(new Error("The embedded database at x is already open in another process (pid 1)."));
    processDatabase.shopDatabase.catch(() => {});
    expect(await databaseProblemAtStart()).toBe(
      "The shop cannot open its database: The embedded database at x is already open in another process (pid 1).",
    );
  });
});
