import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/lib/db/connect";
import { rateLimits } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createRateLimiter, type RateLimitRule } from "./rate-limit";

const minute = 60_000;
const rule: RateLimitRule = { name: "test-sign-in", limit: 10, windowMs: 15 * minute, lockoutMs: 15 * minute };

let database: TestDatabase;
// A second connection pool on PostgreSQL stands for another instance of the shop.
let other: DatabaseHandle | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  if (database.url) other = await openDatabase({ databaseUrl: database.url, max: 2 });
});
afterAll(async () => {
  await other?.close();
  await database.drop();
});
beforeEach(async () => {
  // The limiter reads the clock through Date: fake only Date, so the database driver's timers run.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-26T05:00:00Z"));
  await database.db.delete(rateLimits);
});
afterEach(() => {
  vi.useRealTimers();
});

async function fail(times: number, keys: Record<string, string>, limiter = createRateLimiter(rule, { db: database.db })) {
  const verdicts = [];
  for (let i = 0; i < times; i++) verdicts.push(await limiter.record(keys));
  return verdicts;
}

describe("createRateLimiter", () => {
  it("allows nine failures, locks the key at the tenth, and says so exactly once", async () => {
    const limiter = createRateLimiter(rule, { db: database.db });
    const verdicts = await fail(10, { email: "a@harbour.test" }, limiter);
    expect(verdicts.slice(0, 9).every((v) => v.allowed && v.newlyLocked.length === 0)).toBe(true);
    expect(verdicts[9]).toMatchObject({ allowed: false, newlyLocked: ["email"], lockedKeys: ["email"] });
    expect(await limiter.check({ email: "a@harbour.test" })).toMatchObject({ allowed: false, retryAfterMs: 15 * minute });
    expect((await limiter.record({ email: "a@harbour.test" })).newlyLocked).toEqual([]);
  });

  it("holds the lockout for every instance sharing the database", async () => {
    await fail(10, { ip: "203.0.113.9" });
    const elsewhere = createRateLimiter(rule, { db: (other ?? database).db });
    expect(await elsewhere.check({ ip: "203.0.113.9" })).toMatchObject({ allowed: false, lockedKeys: ["ip"] });
  });

  it("refuses when any one key is locked: one email from many addresses, one address for many emails", async () => {
    const limiter = createRateLimiter(rule, { db: database.db });
    for (let i = 0; i < 10; i++) await limiter.record({ email: "victim@harbour.test", ip: `198.51.100.${i}` });
    expect(await limiter.check({ email: "victim@harbour.test", ip: "192.0.2.1" })).toMatchObject({ allowed: false, lockedKeys: ["email"] });
    expect(await limiter.check({ email: "someone@harbour.test", ip: "192.0.2.1" })).toEqual({ allowed: true });

    for (let i = 0; i < 10; i++) await limiter.record({ email: `guess${i}@harbour.test`, ip: "192.0.2.7" });
    expect(await limiter.check({ email: "fresh@harbour.test", ip: "192.0.2.7" })).toMatchObject({ allowed: false, lockedKeys: ["ip"] });
  });

  it("ends the lockout after lockoutMs", async () => {
    const limiter = createRateLimiter(rule, { db: database.db });
    await fail(10, { email: "a@harbour.test" }, limiter);
    vi.setSystemTime(Date.now() + 15 * minute - 1_000);
    expect((await limiter.check({ email: "a@harbour.test" })).allowed).toBe(false);
    vi.setSystemTime(Date.now() + 2_000);
    expect(await limiter.check({ email: "a@harbour.test" })).toEqual({ allowed: true });
  });

  it("forgets failures older than the window", async () => {
    const limiter = createRateLimiter(rule, { db: database.db });
    await fail(9, { email: "a@harbour.test" }, limiter);
    vi.setSystemTime(Date.now() + 15 * minute + 1_000);
    const verdicts = await fail(9, { email: "a@harbour.test" }, limiter);
    expect(verdicts.every((v) => v.allowed)).toBe(true);
  });

  it("attempt counts only allowed events, and reset forgets a key", async () => {
    const limiter = createRateLimiter({ ...rule, limit: 3 }, { db: database.db });
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push(await limiter.attempt({ email: "b@harbour.test" }));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false, false, false]);
    await limiter.reset({ email: "b@harbour.test" });
    expect((await limiter.attempt({ email: "b@harbour.test" })).allowed).toBe(true);
  });

  it("stores hashed keys, never the email or address itself", async () => {
    await fail(1, { email: "private@harbour.test", ip: "203.0.113.50" });
    const rows = await database.db.select().from(rateLimits);
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toMatch(/private|203\.0\.113/);
  });
});
