import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, eq, gt, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import { recordStaffAction } from "@/lib/audit";
import { staffRoleLabels, staffRoles, type StaffActor, type StaffRole } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import type { Executor } from "@/lib/db/tx";
import { staff, staffInvitations, type StaffInvitation } from "@/lib/db/schema";
import { enqueueMail } from "@/lib/mail/outbox";
import { renderStaffInvitation } from "@/lib/mail/templates";
import { passwordProblem, hashPassword } from "./password";
import { checkTotp, hashRecoveryCode, newRecoveryCodes } from "./second-factor";
import { invitationHours } from "./limits";
import { endMemberSessions } from "./sessions";

/**
 * Joining the back office: an owner invites an email with a role; the link
 * (its token is kept only as a hash) works once, for 72 hours. Accepting sets
 * a name, a password and TOTP (required of every member: each role sees
 * shoppers' names and addresses; docs/decisions/014) and hands out ten
 * recovery codes. The same link, sent again by "reset second factor", lets a
 * member enrol afresh.
 */
export { invitationHours };

export const hashToken = (token: string) => createHash("sha256").update(`staff-invitation:${token}`).digest("hex");

export const invitationPath = (token: string) => `/admin/invitation/${token}`;

const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "Enter an email address." })).pipe(z.string().max(320)),
  role: z.enum(staffRoles, { error: "Choose a role." }),
});

export type InviteResult =
  | { kind: "invited"; invitationId: string; token: string; url: string }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "already-member" }
  | { kind: "forbidden" };

type InviteOptions = { appUrl: string; now?: Date; reenrol?: boolean; id?: string };

/**
 * Writes the invitation, its mail (kept in the outbox, /dev/mailbox outside
 * production) and its audit row in one transaction. `actor` null is the
 * shop itself making the first owner (startup, `npm run staff:invite`).
 */
export async function inviteStaff(db: Db, actor: StaffActor | null, input: unknown, options: InviteOptions): Promise<InviteResult> {
  if (actor && !can(actor, "staff.manage")) return { kind: "forbidden" };
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { email, role } = parsed.data;
  return db.transaction(async (tx) => {
    const [member] = await tx.select().from(staff).where(eq(staff.email, email));
    if (member && !options.reenrol && member.removedAt === null && member.passwordHash !== null) return { kind: "already-member" as const };
    const issued = await issueInvitation(tx, actor, { email, role }, options);
    if (!issued) return { kind: "already-member" as const };
    return { kind: "invited" as const, ...issued };
  });
}

/** The row, its mail and its audit entry; undefined when a fixed `id` is taken already (the first owner's, made once). */
async function issueInvitation(tx: Executor, actor: StaffActor | null, input: { email: string; role: StaffRole }, options: InviteOptions) {
  const token = randomBytes(32).toString("base64url");
  const now = options.now ?? new Date();
  const invitationId = options.id ?? randomUUID();
  const inserted = await tx
    .insert(staffInvitations)
    .values({
      id: invitationId,
      tokenHash: hashToken(token),
      email: input.email,
      role: input.role,
      invitedBy: actor?.id ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + invitationHours * 3_600_000),
    })
    .onConflictDoNothing()
    .returning({ id: staffInvitations.id });
  if (inserted.length === 0) return undefined;
  const url = `${options.appUrl}${invitationPath(token)}`;
  await enqueueMail(tx, {
    dedupeKey: `staff_invitation:${invitationId}`,
    kind: "staff_invitation",
    to: input.email,
    locale: "en",
    rendered: renderStaffInvitation({ url, roleLabel: staffRoleLabels[input.role], invitedBy: actor?.name ?? null, hours: invitationHours, reenrol: options.reenrol ?? false }),
  });
  const who = actor ?? { email: null };
  await recordStaffAction(tx, who, {
    kind: "staff.invite",
    record: { type: "staff_invitation", id: invitationId },
    after: { email: input.email, role: input.role, ...(options.reenrol && { reenrol: true }) },
    at: now,
  });
  return { invitationId, token, url };
}

export { issueInvitation };

export type InvitationState =
  | { kind: "open"; invitation: StaffInvitation; name: string | null }
  | { kind: "unknown" }
  | { kind: "used" }
  | { kind: "expired" };

/** What the link's page shows: the invitation, or why it no longer works. */
export async function readInvitation(db: Executor, token: string, now = new Date()): Promise<InvitationState> {
  if (token.length < 20 || token.length > 100) return { kind: "unknown" };
  const [invitation] = await db.select().from(staffInvitations).where(eq(staffInvitations.tokenHash, hashToken(token)));
  if (!invitation) return { kind: "unknown" };
  if (invitation.usedAt) return { kind: "used" };
  if (invitation.expiresAt <= now) return { kind: "expired" };
  const [member] = await db.select({ name: staff.name }).from(staff).where(eq(staff.email, invitation.email));
  return { kind: "open", invitation, name: member?.name ?? null };
}

const acceptSchema = z.object({
  token: z.string().min(20).max(100),
  name: z.string().trim().min(1, { error: "Enter your name." }).max(100, { error: "Use at most 100 characters." }),
  password: z.string(),
  totpSecret: z.string().regex(/^[A-Z2-7]{16,128}$/),
  totpCode: z.string().trim(),
});

export type AcceptResult =
  | { kind: "accepted"; member: StaffActor; recoveryCodes: string[] }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "unknown" | "used" | "expired" | "already-member" };

/**
 * Takes the invitation once: its row is locked and marked used in the same
 * transaction that writes the member, so a replayed or raced link finds it
 * used. Accepting over an existing row (a removed member invited back, the
 * demo owner, a reset second factor) replaces its password, factor and codes
 * and ends its sessions.
 */
export async function acceptInvitation(db: Db, input: unknown, options: { now?: Date; clientIp?: string } = {}): Promise<AcceptResult> {
  const parsed = acceptSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { token, name, password, totpSecret, totpCode } = parsed.data;
  const now = options.now ?? new Date();
  const [found] = await db.select().from(staffInvitations).where(eq(staffInvitations.tokenHash, hashToken(token)));
  if (!found) return { kind: "unknown" };
  const problem = passwordProblem(password, { email: found.email });
  const step = await checkTotp(totpSecret, totpCode, { now });
  const fieldErrors = {
    ...(problem && { password: [problem] }),
    ...(step === undefined && { totpCode: ["That code does not match; enter the 6 digits your app shows now."] }),
  };
  if (Object.keys(fieldErrors).length > 0) return { kind: "invalid", fieldErrors };
  const passwordHash = await hashPassword(password);
  const recoveryCodes = newRecoveryCodes();
  return db.transaction(async (tx): Promise<AcceptResult> => {
    const [invitation] = await tx.select().from(staffInvitations).where(eq(staffInvitations.id, found.id)).for("update");
    if (!invitation || invitation.usedAt) return { kind: "used" };
    if (invitation.expiresAt <= now) return { kind: "expired" };
    const [existing] = await tx.select().from(staff).where(eq(staff.email, invitation.email)).for("update");
    const fields = {
      name,
      role: invitation.role,
      passwordHash,
      totpSecret,
      totpLastStep: step!,
      recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
      removedAt: null,
    };
    let memberId: string;
    if (existing) {
      // Someone who signs in with their own password already, and whose factor was not reset, needs no invitation.
      if (existing.removedAt === null && existing.passwordHash !== null && existing.totpSecret !== null) return { kind: "already-member" };
      await tx.update(staff).set(fields).where(eq(staff.id, existing.id));
      await endMemberSessions(tx, existing.id, now);
      memberId = existing.id;
    } else {
      const [created] = await tx.insert(staff).values({ email: invitation.email, createdAt: now, ...fields }).returning({ id: staff.id });
      memberId = created!.id;
    }
    const used = await tx
      .update(staffInvitations)
      .set({ usedAt: now })
      .where(and(eq(staffInvitations.id, invitation.id), isNull(staffInvitations.usedAt), gt(staffInvitations.expiresAt, now)))
      .returning({ id: staffInvitations.id });
    if (used.length === 0) return { kind: "used" };
    const member: StaffActor = { id: memberId, email: invitation.email, name, role: invitation.role, clientIp: options.clientIp };
    await recordStaffAction(tx, member, { kind: "staff.accept", record: { type: "staff", id: memberId }, after: { name, role: invitation.role }, at: now });
    return { kind: "accepted", member, recoveryCodes };
  });
}

/** For the first owner: has anybody joined, or been invited, yet? */
export async function staffExists(db: Executor): Promise<boolean> {
  const [member] = await db.select({ id: staff.id }).from(staff).where(isNotNull(staff.passwordHash)).limit(1);
  if (member) return true;
  const [invitation] = await db.select({ id: staffInvitations.id }).from(staffInvitations).limit(1);
  return invitation !== undefined;
}
