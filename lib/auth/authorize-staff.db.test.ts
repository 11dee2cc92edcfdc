import { generate } from "otplib";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rateLimits, staff, staffAudit } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { acceptInvitation, inviteStaff } from "@/lib/staff/invitations";
import { authorizeStaff } from "./authorize-staff";
import { resolveStaffConfig } from "./staff-config";

const config = resolveStaffConfig({
  NODE_ENV: "production",
  STAFF_EMAIL: "staff@harbour.test",
  STAFF_PASSWORD: "correct horse battery",
  NEXTAUTH_SECRET: "s".repeat(32),
  PMS_BASE_URL: undefined,
});
const right = { email: "staff@harbour.test", password: "correct horse battery" };
const wrong = { email: "staff@harbour.test", password: "guess" };

let database: TestDatabase;
let logged: string[];
const deps = (now?: Date) => ({ config, log: (line: string) => logged.push(line), ...(now && { now }) });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());
beforeEach(async () => {
  logged = [];
  await database.db.delete(rateLimits);
});

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const at = (iso: string) => new Date(iso);
const codeAt = (when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });

/** A member who joined by invitation with a password and TOTP; returns their recovery codes. */
async function join(email: string, role: "owner" | "staff" | "read_only", joinedAt: Date) {
  const invited = await inviteStaff(database.db, null, { email, role }, { appUrl: "http://shop.test", now: joinedAt });
  if (invited.kind !== "invited") throw new Error(invited.kind);
  const accepted = await acceptInvitation(
    database.db,
    { token: invited.token, name: `Member ${email}`, password: "a long harbour passphrase", totpSecret: secret, totpCode: await codeAt(joinedAt) },
    { now: joinedAt },
  );
  if (accepted.kind !== "accepted") throw new Error(accepted.kind);
  return accepted.recoveryCodes;
}

describe("authorizeStaff: the demo owner of STAFF_EMAIL/STAFF_PASSWORD", () => {
  it("signs in with the right email (any case) and password, as a row named Demo owner, with a session and an audit row", async () => {
    const result = await authorizeStaff({ ...right, email: " Staff@Harbour.test " }, "192.0.2.1", deps());
    expect(result).toMatchObject({ ok: true, user: { email: "staff@harbour.test", name: "Demo owner", staffSessionId: expect.any(String) } });
    const [row] = await database.db.select().from(staff).where(eq(staff.email, "staff@harbour.test"));
    expect(row).toMatchObject({ role: "owner", passwordHash: null, totpSecret: null });
    const audit = await database.db.select().from(staffAudit).where(eq(staffAudit.kind, "sign_in.success"));
    expect(audit.at(-1)).toMatchObject({ actorEmail: "staff@harbour.test", actorName: "Demo owner", clientIp: "192.0.2.1" });
  });

  it("refuses plainly, without throwing, when the email field is missing or not text", async () => {
    for (const input of [{ password: "x" }, { email: ["a"], password: "x" }, undefined, "garbage", { email: "a@b.c" }]) {
      await expect(authorizeStaff(input, "192.0.2.1", deps())).resolves.toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("after 10 failures in 15 minutes refuses even the right password, and logs and audits the lockout once", async () => {
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
    const lockouts = await database.db.select().from(staffAudit).where(eq(staffAudit.kind, "sign_in.lockout"));
    expect(lockouts.map((row) => row.after)).toEqual([{ by: "email" }, { by: "ip" }]);
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

  it("is never a way in on a real shop: with a real PMS in production STAFF_PASSWORD opens nothing", async () => {
    const real = resolveStaffConfig({ ...{ NODE_ENV: "production", STAFF_EMAIL: "staff@harbour.test", STAFF_PASSWORD: "correct horse battery" }, NEXTAUTH_SECRET: "s".repeat(32), PMS_BASE_URL: "https://pms.example.com" });
    expect(await authorizeStaff(right, "192.0.2.60", { config: real })).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("authorizeStaff: members with a password and TOTP", () => {
  const joinedAt = at("2026-03-02T01:00:00Z");
  const member = { email: "mei@harbour.test", password: "a long harbour passphrase" };
  let recoveryCodes: string[];
  beforeAll(async () => {
    recoveryCodes = await join(member.email, "staff", joinedAt);
  });

  it("asks for the second factor after a right password, counting nothing, then signs in with the code", async () => {
    const now = at("2026-03-02T02:00:00Z");
    expect(await authorizeStaff(member, "192.0.2.10", deps(now))).toEqual({ ok: false, reason: "second-factor" });
    const result = await authorizeStaff({ ...member, code: await codeAt(now) }, "192.0.2.10", deps(now));
    expect(result).toMatchObject({ ok: true, user: { email: member.email, name: "Member mei@harbour.test" } });
  });

  it("takes a TOTP code once: the same code again is refused, even within its 30 seconds", async () => {
    const now = at("2026-03-02T03:00:00Z");
    const code = await codeAt(now);
    expect(await authorizeStaff({ ...member, code }, "192.0.2.11", deps(now))).toMatchObject({ ok: true });
    expect(await authorizeStaff({ ...member, code }, "192.0.2.11", deps(new Date(now.getTime() + 5_000)))).toEqual({ ok: false, reason: "wrong-code" });
  });

  it("throttles wrong codes like wrong passwords: the tenth locks the email out, and a right code is then refused", async () => {
    const now = at("2026-03-02T04:00:00Z");
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await authorizeStaff({ ...member, code: String(100000 + i) }, `198.51.100.${40 + i}`, deps(now)));
    expect(results.slice(0, 9).every((r) => !r.ok && r.reason === "wrong-code")).toBe(true);
    expect(results[9]).toMatchObject({ ok: false, reason: "locked" });
    expect(await authorizeStaff({ ...member, code: await codeAt(now) }, "192.0.2.12", deps(now))).toMatchObject({ ok: false, reason: "locked" });
    const failures = await database.db.select().from(staffAudit).where(eq(staffAudit.actorEmail, member.email));
    expect(failures.filter((row) => row.kind === "sign_in.failure" && row.at.getTime() === now.getTime() && (row.after as { reason: string }).reason === "second factor")).toHaveLength(10);
    await database.db.delete(rateLimits);
  });

  it("a recovery code works exactly once, and is audited", async () => {
    const now = at("2026-03-02T05:00:00Z");
    const code = recoveryCodes[3]!;
    expect(await authorizeStaff({ ...member, code: code.toUpperCase() }, "192.0.2.13", deps(now))).toMatchObject({ ok: true });
    expect(await authorizeStaff({ ...member, code }, "192.0.2.13", deps(now))).toEqual({ ok: false, reason: "wrong-code" });
    const [row] = await database.db.select().from(staff).where(eq(staff.email, member.email));
    expect(row!.recoveryCodeHashes).toHaveLength(9);
    expect(await database.db.select().from(staffAudit).where(eq(staffAudit.kind, "staff.recovery_code_used"))).toHaveLength(1);
  });

  it("a wrong password is refused before any code is looked at", async () => {
    const now = at("2026-03-02T06:00:00Z");
    expect(await authorizeStaff({ ...member, password: "not the passphrase", code: await codeAt(now) }, "192.0.2.14", deps(now))).toEqual({ ok: false, reason: "invalid" });
  });

  it("the shared STAFF_PASSWORD never signs in a member who has a password of their own", async () => {
    await join("owner2@harbour.test", "owner", joinedAt);
    const shared = resolveStaffConfig({ NODE_ENV: "development", STAFF_EMAIL: "owner2@harbour.test", STAFF_PASSWORD: "shared-demo-pass", NEXTAUTH_SECRET: undefined, PMS_BASE_URL: undefined });
    expect(await authorizeStaff({ email: "owner2@harbour.test", password: "shared-demo-pass" }, "192.0.2.15", { config: shared })).toEqual({ ok: false, reason: "invalid" });
  });
});
