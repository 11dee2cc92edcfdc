import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { recordStaffAction } from "@/lib/audit";
import { staffRoles, type StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { cursorTime, keysetOrder, keysetResult, keysetWhere, type KeysetPage } from "@/lib/admin/keyset";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/db/tx";
import { staff, type StaffMember } from "@/lib/db/schema";
import { issueInvitation } from "./invitations";
import { endMemberSessions } from "./sessions";

/**
 * An owner's work on the team: list, change a role, remove, reset a second
 * factor. Each is one transaction with its audit row, ends the member's
 * sessions (their next click is refused), and never leaves the shop without
 * an owner.
 */
export const staffPageSize = 25;

export async function listStaff(db: Db, actor: StaffActor, page: KeysetPage = { direction: "first" }, size = staffPageSize) {
  if (!can(actor, "staff.manage")) return { kind: "forbidden" as const };
  const found = await db
    .select({
      id: staff.id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
      enrolled: sql<boolean>`${staff.totpSecret} is not null`,
      hasPassword: sql<boolean>`${staff.passwordHash} is not null`,
      recoveryCodesLeft: sql<number>`cardinality(${staff.recoveryCodeHashes})`,
      createdAt: staff.createdAt,
      cursorTime: cursorTime(staff.createdAt),
    })
    .from(staff)
    .where(and(isNull(staff.removedAt), keysetWhere(page, staff.createdAt, staff.id)))
    .orderBy(...keysetOrder(page, staff.createdAt, staff.id))
    .limit(size + 1);
  return { kind: "ok" as const, ...keysetResult(page, found, size, (row) => ({ time: row.cursorTime, id: row.id })) };
}

export type MemberResult =
  | { kind: "done"; member: StaffMember }
  | { kind: "invalid" }
  | { kind: "forbidden" }
  | { kind: "not-found" }
  | { kind: "last-owner" };

const memberSchema = z.object({ memberId: z.uuid() });
const roleSchema = memberSchema.extend({ role: z.enum(staffRoles) });

type Change = (tx: Tx, member: StaffMember, now: Date) => Promise<StaffMember | "last-owner">;

async function changeMember(db: Db, actor: StaffActor, memberId: string, change: Change, now: Date): Promise<MemberResult> {
  if (!can(actor, "staff.manage")) return { kind: "forbidden" };
  return db.transaction(async (tx) => {
    // Owners are locked first, always in the same order, so two owners demoting each other cannot both succeed.
    await tx.select({ id: staff.id }).from(staff).where(and(eq(staff.role, "owner"), isNull(staff.removedAt))).orderBy(staff.id).for("update");
    const [member] = await tx.select().from(staff).where(and(eq(staff.id, memberId), isNull(staff.removedAt))).for("update");
    if (!member) return { kind: "not-found" as const };
    const after = await change(tx, member, now);
    return after === "last-owner" ? { kind: "last-owner" as const } : { kind: "done" as const, member: after };
  });
}

async function isLastOwner(tx: Tx, member: StaffMember): Promise<boolean> {
  if (member.role !== "owner") return false;
  const [other] = await tx
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.role, "owner"), isNull(staff.removedAt), ne(staff.id, member.id)))
    .limit(1);
  return other === undefined;
}

export async function changeStaffRole(db: Db, actor: StaffActor, input: unknown, now = new Date()): Promise<MemberResult> {
  const parsed = roleSchema.safeParse(input);
  if (!parsed.success) return { kind: can(actor, "staff.manage") ? "invalid" : "forbidden" };
  const { memberId, role } = parsed.data;
  return changeMember(db, actor, memberId, async (tx, member) => {
    if (member.role === role) return member;
    if (role !== "owner" && (await isLastOwner(tx, member))) return "last-owner";
    const [after] = await tx.update(staff).set({ role }).where(eq(staff.id, member.id)).returning();
    await endMemberSessions(tx, member.id, now);
    await recordStaffAction(tx, actor, { kind: "staff.role_change", record: { type: "staff", id: member.id }, before: { role: member.role }, after: { role }, at: now });
    return after!;
  }, now);
}

export async function removeStaffMember(db: Db, actor: StaffActor, input: unknown, now = new Date()): Promise<MemberResult> {
  const parsed = memberSchema.safeParse(input);
  if (!parsed.success) return { kind: can(actor, "staff.manage") ? "invalid" : "forbidden" };
  return changeMember(db, actor, parsed.data.memberId, async (tx, member) => {
    if (await isLastOwner(tx, member)) return "last-owner";
    const [after] = await tx.update(staff).set({ removedAt: now }).where(eq(staff.id, member.id)).returning();
    await endMemberSessions(tx, member.id, now);
    await recordStaffAction(tx, actor, { kind: "staff.remove", record: { type: "staff", id: member.id }, before: { email: member.email, role: member.role }, at: now });
    return after!;
  }, now);
}

/**
 * Clears the member's TOTP and recovery codes, ends their sessions and mails
 * them a fresh single-use link to enrol again (their password alone never
 * signs them in meanwhile: a member without a factor is refused).
 */
export async function resetSecondFactor(db: Db, actor: StaffActor, input: unknown, options: { appUrl: string; now?: Date }): Promise<MemberResult> {
  const parsed = memberSchema.safeParse(input);
  if (!parsed.success) return { kind: can(actor, "staff.manage") ? "invalid" : "forbidden" };
  const now = options.now ?? new Date();
  return changeMember(db, actor, parsed.data.memberId, async (tx, member) => {
    const [after] = await tx.update(staff).set({ totpSecret: null, totpLastStep: null, recoveryCodeHashes: [] }).where(eq(staff.id, member.id)).returning();
    await endMemberSessions(tx, member.id, now);
    await recordStaffAction(tx, actor, { kind: "staff.reset_second_factor", record: { type: "staff", id: member.id }, at: now });
    await issueInvitation(tx, actor, { email: member.email, role: member.role }, { appUrl: options.appUrl, now, reenrol: true });
    return after!;
  }, now);
}
