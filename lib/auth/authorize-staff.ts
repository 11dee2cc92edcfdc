import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { and, eq, isNull, or, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { recordStaffAction } from "@/lib/audit";
import { getDb, type Db } from "@/lib/db";
import { staff, type StaffMember } from "@/lib/db/schema";
import { createRateLimiter, minutesUntil, type RateLimiter } from "@/lib/security/rate-limit";
import { decoyPasswordHash, verifyPassword } from "@/lib/staff/password";
import { checkTotp, hashRecoveryCode, looksLikeRecoveryCode } from "@/lib/staff/second-factor";
import { startStaffSession } from "@/lib/staff/sessions";
import type { StaffActor } from "./actor";
import type { StaffConfig } from "./staff-config";

/** Fixed error codes next-auth puts in the sign-in URL; never an exception's text. */
export const staffSignInErrors = {
  locked: "TooManyAttempts",
  unavailable: "SignInUnavailable",
  secondFactor: "SecondFactorRequired",
  wrongCode: "WrongSecondFactor",
  reenrol: "SecondFactorReset",
} as const;

/** 10 failures in 15 minutes, per email and per address, pause sign-in for 15 minutes: wrong passwords and wrong codes alike. */
export const staffSignInLimiter = createRateLimiter({
  name: "staff-sign-in",
  limit: 10,
  windowMs: 15 * 60_000,
  lockoutMs: 15 * 60_000,
});

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(1024),
  code: z.string().trim().max(40).optional().transform((code) => code || undefined),
});

export type StaffSignIn =
  | { ok: true; user: { id: string; email: string; name: string; staffSessionId: string } }
  | { ok: false; reason: "invalid" | "second-factor" | "wrong-code" | "reenrol" }
  | { ok: false; reason: "locked"; retryAfterMs: number };

type Deps = { config: StaffConfig; db?: Db; limiter?: RateLimiter; log?: (line: string) => void; now?: Date };

/**
 * Checks a staff sign-in under the throttle: email and password, then the
 * member's TOTP code or one of their recovery codes. Anything malformed is a
 * plain refusal; a locked email or address is refused before anything is
 * compared, so guessing stops paying off. A right password without a code
 * asks for one and counts nothing; a wrong password or a wrong code counts.
 * Success opens a database session (lib/staff/sessions.ts) and every
 * outcome but "asked for a code" writes an audit row.
 */
export async function authorizeStaff(input: unknown, clientIp: string, deps: Deps): Promise<StaffSignIn> {
  const { config, limiter = staffSignInLimiter, log = (line) => console.warn(line) } = deps;
  const parsed = credentialsSchema.safeParse(input);
  if (!config.enabled || !parsed.success) return { ok: false, reason: "invalid" };
  const { email, password, code } = parsed.data;
  const db = deps.db ?? (await getDb());
  const now = deps.now ?? new Date();
  const keys = { email, ip: clientIp };

  const before = await limiter.check(keys);
  if (!before.allowed) return { ok: false, reason: "locked", retryAfterMs: before.retryAfterMs };

  const fail = async (reason: "invalid" | "wrong-code"): Promise<StaffSignIn> => {
    const after = await limiter.record(keys);
    await recordStaffAction(db, { email }, { kind: "sign_in.failure", clientIp, after: { reason: reason === "invalid" ? "password" : "second factor" }, at: now });
    for (const kind of after.newlyLocked) {
      log(
        `[auth] staff sign-in locked out by ${kind} for ${minutesUntil(limiter.rule.lockoutMs)} min after ` +
          `${limiter.rule.limit} failures: email=${JSON.stringify(email.slice(0, 80))} ip=${clientIp}`,
      );
      await recordStaffAction(db, { email }, { kind: "sign_in.lockout", clientIp, after: { by: kind }, at: now });
    }
    return after.allowed ? { ok: false, reason } : { ok: false, reason: "locked", retryAfterMs: after.retryAfterMs };
  };

  const member = await checkPassword(db, config, email, password);
  if (!member) return fail("invalid");
  if (member.passwordHash !== null) {
    // A member with a password of their own signs in with their factor; after a reset, only the emailed link brings it back.
    if (member.totpSecret === null) return { ok: false, reason: "reenrol" };
    if (!code) return { ok: false, reason: "second-factor" };
    const usedRecovery = await checkSecondFactor(db, member, code, now);
    if (usedRecovery === undefined) return fail("wrong-code");
    if (usedRecovery) await recordStaffAction(db, actorOf(member, clientIp), { kind: "staff.recovery_code_used", record: { type: "staff", id: member.id }, at: now });
  }

  await limiter.reset({ email });
  const staffSessionId = await db.transaction(async (tx) => {
    const id = await startStaffSession(tx, member.id, now);
    await recordStaffAction(tx, actorOf(member, clientIp), { kind: "sign_in.success", record: { type: "staff", id: member.id }, at: now });
    return id;
  });
  return { ok: true, user: { id: member.id, email: member.email, name: member.name, staffSessionId } };
}

const actorOf = (member: StaffMember, clientIp: string): StaffActor => ({ id: member.id, email: member.email, name: member.name, role: member.role, clientIp });

/** The member whose password this is, or undefined. An unknown email costs the same scrypt as a known one. */
async function checkPassword(db: Db, config: Extract<StaffConfig, { enabled: true }>, email: string, password: string): Promise<StaffMember | undefined> {
  const [member] = await db.select().from(staff).where(eq(staff.email, email));
  if (member?.removedAt) {
    await verifyPassword(password, decoyPasswordHash);
    return undefined;
  }
  if (member?.passwordHash) return (await verifyPassword(password, member.passwordHash)) ? member : undefined;
  const demo = config.demoOwner;
  if (!demo || email !== demo.email) {
    await verifyPassword(password, decoyPasswordHash);
    return undefined;
  }
  if (!sameSecret(password, demo.password)) return undefined;
  return ensureDemoOwner(db, email);
}

/** The demo owner's row (no password, no factor), made at its first sign-in so the audit log and "who" columns can name it. */
async function ensureDemoOwner(db: Db, email: string): Promise<StaffMember | undefined> {
  await db.insert(staff).values({ email, name: "Demo owner", role: "owner" }).onConflictDoNothing({ target: staff.email });
  const [member] = await db.select().from(staff).where(eq(staff.email, email));
  // Someone who joined with this email by invitation signs in with their own password, never the shared one.
  return member && member.passwordHash === null && member.removedAt === null ? member : undefined;
}

/**
 * true when a recovery code was spent, false for a TOTP code, undefined when
 * neither fits. Both are taken by one guarded UPDATE, so a code raced from
 * two browsers works once.
 */
async function checkSecondFactor(db: Db, member: StaffMember, code: string, now: Date): Promise<boolean | undefined> {
  if (looksLikeRecoveryCode(code)) {
    const hash = hashRecoveryCode(code);
    const spent = await db
      .update(staff)
      .set({ recoveryCodeHashes: sql`array_remove(${staff.recoveryCodeHashes}, ${hash})` })
      .where(and(eq(staff.id, member.id), sql`${hash} = any(${staff.recoveryCodeHashes})`))
      .returning({ id: staff.id });
    return spent.length > 0 ? true : undefined;
  }
  const step = await checkTotp(member.totpSecret!, code, { afterStep: member.totpLastStep, now });
  if (step === undefined) return undefined;
  const taken = await db
    .update(staff)
    .set({ totpLastStep: step })
    .where(and(eq(staff.id, member.id), or(isNull(staff.totpLastStep), lt(staff.totpLastStep, step))))
    .returning({ id: staff.id });
  return taken.length > 0 ? false : undefined;
}

function sameSecret(a: string, b: string): boolean {
  // Hash first: timingSafeEqual needs equal lengths, and the length must not leak either.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}
