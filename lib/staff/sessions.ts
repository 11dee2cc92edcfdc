import "server-only";
import { and, eq, isNull, lt } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/actor";
import type { Executor } from "@/lib/db/tx";
import { staff, staffSessions } from "@/lib/db/schema";

/**
 * Staff sessions live in the database; the signed cookie holds only a
 * session's id. Every request looks the session up, so removing a member,
 * changing their role or resetting their factor (which end their sessions)
 * takes effect at their next click, on every instance.
 */
import { staffIdleMs } from "./limits";

export { staffIdleMs };
// last_seen_at is written at most once a minute per session, not on every request.
const touchEveryMs = 60_000;

export async function startStaffSession(db: Executor, staffId: string, now = new Date()): Promise<string> {
  const [row] = await db.insert(staffSessions).values({ staffId, createdAt: now, lastSeenAt: now }).returning({ id: staffSessions.id });
  return row!.id;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The member behind a session id, or undefined when the session ended, idled out, or its member was removed. */
export async function resolveStaffSession(db: Executor, sessionId: string, now = new Date()): Promise<StaffActor | undefined> {
  if (!uuidPattern.test(sessionId)) return undefined;
  const [row] = await db
    .select({ session: staffSessions, member: { id: staff.id, email: staff.email, name: staff.name, role: staff.role, removedAt: staff.removedAt } })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .where(eq(staffSessions.id, sessionId));
  if (!row || row.session.endedAt || row.member.removedAt) return undefined;
  if (now.getTime() - row.session.lastSeenAt.getTime() > staffIdleMs) return undefined;
  if (now.getTime() - row.session.lastSeenAt.getTime() > touchEveryMs) {
    await db
      .update(staffSessions)
      .set({ lastSeenAt: now })
      .where(and(eq(staffSessions.id, sessionId), lt(staffSessions.lastSeenAt, now)));
  }
  const { id, email, name, role } = row.member;
  return { id, email, name, role };
}

export async function endStaffSession(db: Executor, sessionId: string, now = new Date()): Promise<void> {
  if (!uuidPattern.test(sessionId)) return;
  await db.update(staffSessions).set({ endedAt: now }).where(and(eq(staffSessions.id, sessionId), isNull(staffSessions.endedAt)));
}

/** Ends every open session of a member: called in the transaction that removes them, changes their role or resets them. */
export async function endMemberSessions(db: Executor, staffId: string, now = new Date()): Promise<void> {
  await db.update(staffSessions).set({ endedAt: now }).where(and(eq(staffSessions.staffId, staffId), isNull(staffSessions.endedAt)));
}
