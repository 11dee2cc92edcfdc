import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rateLimits } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { authorizeStaff } from "./authorize-staff";
import { resolveStaffConfig } from "./staff-config";

const config = resolveStaffConfig({
  NODE_ENV: "production",
  STAFF_EMAIL: "staff@harbour.test",
  STAFF_PASSWORD: "correct horse battery",
  NEXTAUTH_SECRET: "s".repeat(32),
});
const right = { email: "staff@harbour.test", password: "correct horse battery" };
const wrong = { email: "staff@harbour.test", password: "guess" };

let database: TestDatabase;
let logged: string[];
const deps = () => ({ config, log: (line: string) => logged.push(line) });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());
beforeEach(async () => {
  logged = [];
  await database.db.delete(rateLimits);
});

describe("authorizeStaff", () => {
  it("signs staff in with the right email (any case) and password", async () => {
    const result = await authorizeStaff({ ...right, email: " Staff@Harbour.test " }, "192.0.2.1", deps());
    expect(result).toEqual({ ok: true, user: { id: "staff", email: "staff@harbour.test", name: "Staff" } });
  });

  it("refuses plainly, without throwing, when the email field is missing or not text", async () => {
    for (const input of [{ password: "x" }, { email: ["a"], password: "x" }, undefined, "garbage", { email: "a@b.c" }]) {
      await expect(authorizeStaff(input, "192.0.2.1", deps())).resolves.toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("after 10 failures in 15 minutes refuses even the right password, and logs the lockout once", async () => {
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await authorizeStaff(wrong, "192.0.2.1", deps()));
    expect(results.slice(0, 9).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results[9]).toMatchObject({ ok: false, reason: "locked" });
    expect(await authorizeStaff(right, "192.0.2.1", deps())).toMatchObject({ ok: false, reason: "locked" });
    // The email stays locked from another address, too.
    expect(await authorizeStaff(right, "198.51.100.4", deps())).toMatchObject({ ok: false, reason: "locked" });
    expect(logged).toEqual([
      expect.stringMatching(/locked out by email .*10 failures: email="staff@harbour.test" ip=192.0.2.1/),
      expect.stringMatching(/locked out by ip .*ip=192.0.2.1/),
    ]);
  });

  it("locks an address that guesses many emails, leaving other addresses free", async () => {
    for (let i = 0; i < 10; i++) await authorizeStaff({ email: `guess${i}@harbour.test`, password: "x" }, "203.0.113.7", deps());
    expect(await authorizeStaff(right, "203.0.113.7", deps())).toMatchObject({ ok: false, reason: "locked" });
    expect(await authorizeStaff(right, "203.0.113.8", deps())).toMatchObject({ ok: true });
  });

  it("a successful sign-in clears the email's failures", async () => {
    for (let i = 0; i < 9; i++) await authorizeStaff(wrong, `198.51.100.${i}`, deps());
    expect(await authorizeStaff(right, "192.0.2.50", deps())).toMatchObject({ ok: true });
    for (let i = 0; i < 9; i++) await authorizeStaff(wrong, `198.51.100.${i + 20}`, deps());
    expect(await authorizeStaff(right, "192.0.2.50", deps())).toMatchObject({ ok: true });
  });
});
