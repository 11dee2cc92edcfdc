import { generate } from "otplib";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { mailOutbox, staff, staffAudit, staffInvitations } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { inviteFirstOwner } from "./first-owner";
import { acceptInvitation, inviteStaff, readInvitation } from "./invitations";
import { changeStaffRole, listStaff, removeStaffMember, resetSecondFactor } from "./members";
import { passwordProblem } from "./password";
import { resolveStaffSession, startStaffSession } from "./sessions";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const appUrl = "http://shop.test";
const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const t0 = new Date("2026-04-01T00:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const hours = 3_600_000;
const codeAt = (when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });
const acceptInput = async (token: string, now: Date, name = "Mei Chan") => ({ token, name, password: "a long harbour passphrase", totpSecret: secret, totpCode: await codeAt(now) });

let owner: StaffActor;

async function invite(email: string, role: "owner" | "staff" | "read_only", now = t0) {
  const result = await inviteStaff(database.db, owner ?? null, { email, role }, { appUrl, now });
  if (result.kind !== "invited") throw new Error(result.kind);
  return result;
}

async function join(email: string, role: "owner" | "staff" | "read_only", name: string) {
  const { token } = await invite(email, role);
  const accepted = await acceptInvitation(database.db, await acceptInput(token, t0, name), { now: t0 });
  if (accepted.kind !== "accepted") throw new Error(accepted.kind);
  return accepted.member;
}

describe("the first owner", () => {
  it("on a fresh database STAFF_EMAIL gets an owner invitation in the outbox, once however often the shop starts", async () => {
    const first = await inviteFirstOwner(database.db, "boss@harbour.test", appUrl);
    expect(first).toMatchObject({ kind: "invited", url: expect.stringMatching(/^http:\/\/shop\.test\/admin\/invitation\/[\w-]{40,}$/) });
    expect(await inviteFirstOwner(database.db, "boss@harbour.test", appUrl)).toBeUndefined();
    const mails = await database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, "boss@harbour.test"));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(first!.kind === "invited" ? first!.url : "");
    // Only the hash of the token is stored.
    const [row] = await database.db.select().from(staffInvitations).where(eq(staffInvitations.id, "first-owner"));
    expect(row).toMatchObject({ role: "owner", email: "boss@harbour.test" });
    expect(JSON.stringify(row)).not.toContain(first!.kind === "invited" ? first!.token : "x");
    const accepted = await acceptInvitation(database.db, await acceptInput(first!.kind === "invited" ? first!.token : "", t0, "Boss Wong"), { now: t0 });
    expect(accepted).toMatchObject({ kind: "accepted", member: { role: "owner", name: "Boss Wong" }, recoveryCodes: expect.any(Array) });
    owner = accepted.kind === "accepted" ? accepted.member : owner;
    expect(accepted.kind === "accepted" && new Set(accepted.recoveryCodes).size).toBe(10);
  });
});

describe("invitations", () => {
  it("a used invitation is refused when replayed, and changes nothing", async () => {
    const { token } = await invite("replay@harbour.test", "staff");
    expect(await acceptInvitation(database.db, await acceptInput(token, t0), { now: t0 })).toMatchObject({ kind: "accepted" });
    expect(await readInvitation(database.db, token, t0)).toEqual({ kind: "used" });
    const replay = await acceptInvitation(database.db, { ...(await acceptInput(token, t0, "Someone Else")), password: "another long passphrase" }, { now: t0 });
    expect(replay).toEqual({ kind: "used" });
    const [row] = await database.db.select().from(staff).where(eq(staff.email, "replay@harbour.test"));
    expect(row!.name).toBe("Mei Chan");
  });

  it("an invitation is refused after 72 hours", async () => {
    const { token } = await invite("late@harbour.test", "staff");
    const tooLate = later(72 * hours);
    expect(await readInvitation(database.db, token, later(72 * hours - 1000))).toMatchObject({ kind: "open" });
    expect(await readInvitation(database.db, token, tooLate)).toEqual({ kind: "expired" });
    expect(await acceptInvitation(database.db, await acceptInput(token, tooLate), { now: tooLate })).toEqual({ kind: "expired" });
    expect(await database.db.select().from(staff).where(eq(staff.email, "late@harbour.test"))).toHaveLength(0);
  });

  it("an unknown token is refused", async () => {
    expect(await readInvitation(database.db, "x".repeat(43), t0)).toEqual({ kind: "unknown" });
    expect(await acceptInvitation(database.db, await acceptInput("x".repeat(43), t0), { now: t0 })).toEqual({ kind: "unknown" });
  });

  it("a short or common password, or a wrong TOTP code, is refused with field errors and the link stays open", async () => {
    const { token } = await invite("weak@harbour.test", "read_only");
    const weak = await acceptInvitation(database.db, { ...(await acceptInput(token, t0)), password: "short" }, { now: t0 });
    expect(weak).toMatchObject({ kind: "invalid", fieldErrors: { password: [expect.stringMatching(/12 characters/)] } });
    const common = await acceptInvitation(database.db, { ...(await acceptInput(token, t0)), password: "1qaz2wsx3edc4rfv" }, { now: t0 });
    expect(common).toMatchObject({ kind: "invalid", fieldErrors: { password: [expect.stringMatching(/most common/)] } });
    const wrongCode = await acceptInvitation(database.db, { ...(await acceptInput(token, t0)), totpCode: "000000" }, { now: t0 });
    expect(wrongCode).toMatchObject({ kind: "invalid", fieldErrors: { totpCode: [expect.any(String)] } });
    expect(await readInvitation(database.db, token, t0)).toMatchObject({ kind: "open" });
  });

  it("only owners invite; anyone else gets the same refusal however they call", async () => {
    const member = await join("notowner@harbour.test", "staff", "Not Owner");
    expect(await inviteStaff(database.db, member, { email: "x@harbour.test", role: "owner" }, { appUrl })).toEqual({ kind: "forbidden" });
    expect(await listStaff(database.db, member)).toEqual({ kind: "forbidden" });
    expect(await removeStaffMember(database.db, member, { memberId: owner.id })).toEqual({ kind: "forbidden" });
  });
});

describe("passwordProblem", () => {
  it("wants 12 characters, none of the commonest, nor one with a counter on the end", () => {
    expect(passwordProblem("eleven char")).toMatch(/12/);
    expect(passwordProblem("qwertyuiopasdfgh")).toBeUndefined();
    expect(passwordProblem("123qweasdzxc")).toMatch(/common/);
    expect(passwordProblem("password123456")).toMatch(/common/);
    expect(passwordProblem("aaaaaaaaaaaaaa")).toMatch(/common/);
    expect(passwordProblem("harbourmei-2026!", { email: "harbourmei@x.test" })).toMatch(/email/);
    expect(passwordProblem("tide pools at dawn")).toBeUndefined();
  });
});

describe("sessions end at the next request", () => {
  it("when the member is removed", async () => {
    const member = await join("removed@harbour.test", "staff", "Removed Member");
    const session = await startStaffSession(database.db, member.id, t0);
    expect(await resolveStaffSession(database.db, session, t0)).toMatchObject({ id: member.id, role: "staff" });
    expect(await removeStaffMember(database.db, owner, { memberId: member.id }, later(1000))).toMatchObject({ kind: "done" });
    expect(await resolveStaffSession(database.db, session, later(2000))).toBeUndefined();
    const [audit] = await database.db.select().from(staffAudit).where(eq(staffAudit.kind, "staff.remove"));
    expect(audit).toMatchObject({ actorId: owner.id, recordId: member.id, before: { email: "removed@harbour.test", role: "staff" } });
  });

  it("when their role changes, which is audited before → after", async () => {
    const member = await join("promoted@harbour.test", "read_only", "Promoted Member");
    const session = await startStaffSession(database.db, member.id, t0);
    expect(await changeStaffRole(database.db, owner, { memberId: member.id, role: "staff" }, later(1000))).toMatchObject({ kind: "done" });
    expect(await resolveStaffSession(database.db, session, later(2000))).toBeUndefined();
    const [audit] = await database.db.select().from(staffAudit).where(eq(staffAudit.kind, "staff.role_change"));
    expect(audit).toMatchObject({ before: { role: "read_only" }, after: { role: "staff" } });
  });

  it("when their second factor is reset, which mails them a link to enrol again", async () => {
    const member = await join("reset@harbour.test", "staff", "Reset Member");
    const session = await startStaffSession(database.db, member.id, t0);
    expect(await resetSecondFactor(database.db, owner, { memberId: member.id }, { appUrl, now: later(1000) })).toMatchObject({ kind: "done" });
    expect(await resolveStaffSession(database.db, session, later(2000))).toBeUndefined();
    const [row] = await database.db.select().from(staff).where(eq(staff.id, member.id));
    expect(row).toMatchObject({ totpSecret: null, recoveryCodeHashes: [] });
    const mails = await database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, "reset@harbour.test"));
    expect(mails.map((mail) => mail.subject)).toContain("Set up your Harbour Goods back-office sign-in again");
  });

  it("after 12 hours idle, while a session in use stays open", async () => {
    const member = await join("idle@harbour.test", "staff", "Idle Member");
    const idle = await startStaffSession(database.db, member.id, t0);
    const busy = await startStaffSession(database.db, member.id, t0);
    for (let h = 1; h <= 13; h++) expect(await resolveStaffSession(database.db, busy, later(h * hours))).toBeDefined();
    expect(await resolveStaffSession(database.db, idle, later(12 * hours + 1000))).toBeUndefined();
  });

  it("a garbage session id is simply no session", async () => {
    expect(await resolveStaffSession(database.db, "not-a-uuid")).toBeUndefined();
  });
});

describe("the last owner", () => {
  it("cannot be demoted or removed, so the shop always has someone who can manage staff", async () => {
    const owners = await database.db.select().from(staff).where(eq(staff.role, "owner"));
    expect(owners.filter((row) => !row.removedAt)).toHaveLength(1);
    expect(await changeStaffRole(database.db, owner, { memberId: owner.id, role: "staff" })).toEqual({ kind: "last-owner" });
    expect(await removeStaffMember(database.db, owner, { memberId: owner.id })).toEqual({ kind: "last-owner" });
  });
});

describe("listStaff", () => {
  it("pages the team, newest first, with removed members left out", async () => {
    const first = await listStaff(database.db, owner, { direction: "first" }, 3);
    if (first.kind !== "ok") throw new Error(first.kind);
    expect(first.rows).toHaveLength(3);
    expect(first.older).toBeDefined();
    const all = [];
    let page = first;
    for (;;) {
      all.push(...page.rows);
      if (!page.older) break;
      const next = await listStaff(database.db, owner, { direction: "older", cursor: { time: page.older.split("_")[0]!, id: page.older.split("_")[1]! } }, 3);
      if (next.kind !== "ok") throw new Error(next.kind);
      page = next;
    }
    expect(all.map((row) => row.email)).not.toContain("removed@harbour.test");
    expect(new Set(all.map((row) => row.id)).size).toBe(all.length);
  });
});
