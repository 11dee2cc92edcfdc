import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { claimQueryTurn } from "./refresh-payment";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe("the result page's turn to ask PMS about a payment", () => {
  it("goes to one of many tabs polling at once, on any instance, then to none until the window passes", async () => {
    const turns = await Promise.all(Array.from({ length: 12 }, () => claimQueryTurn(database.db, "payment-a", 60_000)));
    expect(turns.filter(Boolean)).toHaveLength(1);
    expect(await claimQueryTurn(database.db, "payment-a", 60_000)).toBe(false);
    // Another payment has its own turn.
    expect(await claimQueryTurn(database.db, "payment-b", 60_000)).toBe(true);
  });

  it("comes round again once the window has passed, by the database's clock", async () => {
    expect(await claimQueryTurn(database.db, "payment-c", 60_000)).toBe(true);
    await database.db.execute(sql`update rate_limits set expire = now() - interval '1 second' where key = 'result-page-query:payment-c'`);
    expect(await claimQueryTurn(database.db, "payment-c", 60_000)).toBe(true);
    expect(await claimQueryTurn(database.db, "payment-c", 60_000)).toBe(false);
  });
});
