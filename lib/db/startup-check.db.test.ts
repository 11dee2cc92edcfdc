import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processSingleton } from "@/lib/process-singleton";
import type { DatabaseHandle } from "./connect";
import { setDatabaseForTests } from "./index";
import { databaseProblemAtStart } from "./startup-check";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
// The same process-wide slot lib/db's getDatabase() reads.
const processDatabase = processSingleton<Promise<DatabaseHandle>>("database");

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  setDatabaseForTests(database);
  await database.drop();
});

describe("databaseProblemAtStart", () => {
  it("finds none on a migrated database", async () => {
    setDatabaseForTests(database);
    expect(await databaseProblemAtStart()).toBeUndefined();
  });

  it("refuses an unmigrated database with one line naming npm run db:migrate", async () => {
    const empty = await createTestDatabase({ migrate: false });
    setDatabaseForTests(empty);
    try {
      const problem = await databaseProblemAtStart();
      expect(problem).toMatch(/^The database schema is not up to date: \d+ of \d+ migrations are not applied\. Run `npm run db:migrate`/);
      expect(problem).not.toContain("\n");
    } finally {
      await empty.drop();
    }
  });

  it("refuses, while the shop mounts the sandbox, a database whose sandbox tables are behind", async () => {
    const shopOnly = await createTestDatabase({ migrate: false });
    await shopOnly.migrate();
    setDatabaseForTests(shopOnly);
    try {
      expect(await databaseProblemAtStart()).toMatch(
        /^The PMS sandbox's tables are not up to date: \d+ of its migrations are not applied\. Run `npm run db:migrate`/,
      );
    } finally {
      await shopOnly.drop();
    }
  });

  it("reports a database that cannot be opened, in one message", async () => {
    const refused = Promise.reject(new Error("The embedded database at x is already open in another process (pid 1)."));
    refused.catch(() => {});
    processDatabase.set(refused);
    expect(await databaseProblemAtStart()).toBe(
      "The shop cannot open its database: The embedded database at x is already open in another process (pid 1).",
    );
  });
});
