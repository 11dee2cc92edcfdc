import "server-only";
import { and, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { staffAudit, type StaffAuditRow } from "@/lib/db/schema";
import { auditKinds } from "./kinds";

/**
 * /admin/activity: the audit log, newest first, for owners. Filtered by
 * person (their email, as the row kept it), kind and a Hong Kong date range;
 * paged by id (the log is append-only and ids only grow), so a page is one
 * index range however deep. Bad filter values are reported and dropped.
 */
export const activityPageSize = 50;

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00+08:00`)));

export type ActivityFilter = { person?: string; kind?: string; from?: string; to?: string };

export function parseActivityFilter(params: Record<string, string | string[] | undefined>, problems: string[]): { filter: ActivityFilter; before?: number } {
  const read = (name: string) => {
    const raw = params[name];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    return value ? value.slice(0, 320) : undefined;
  };
  const filter: ActivityFilter = {};
  const person = read("person");
  if (person) filter.person = person.toLowerCase();
  const kind = read("kind");
  if (kind && (auditKinds as string[]).includes(kind)) filter.kind = kind;
  else if (kind) problems.push(`There is no kind ${JSON.stringify(kind.slice(0, 40))}; all kinds are shown.`);
  for (const name of ["from", "to"] as const) {
    const day = read(name);
    if (day && dateSchema.safeParse(day).success) filter[name] = day;
    else if (day) problems.push(`${JSON.stringify(day.slice(0, 20))} is not a date (YYYY-MM-DD); it is ignored.`);
  }
  const before = read("before");
  if (before && /^\d{1,15}$/.test(before)) return { filter, before: Number(before) };
  if (before) problems.push("That page position is not one this list wrote; the newest page is shown.");
  return { filter };
}

function conditions(filter: ActivityFilter, before: number | undefined): SQL | undefined {
  const day = (value: string, plusDays = 0) => new Date(Date.parse(`${value}T00:00:00+08:00`) + plusDays * 86_400_000);
  return and(
    filter.person ? eq(staffAudit.actorEmail, filter.person) : undefined,
    filter.kind ? eq(staffAudit.kind, filter.kind) : undefined,
    filter.from ? gte(staffAudit.at, day(filter.from)) : undefined,
    filter.to ? lt(staffAudit.at, day(filter.to, 1)) : undefined,
    before !== undefined ? lt(staffAudit.id, before) : undefined,
  );
}

export type ActivityPage = { kind: "ok"; rows: StaffAuditRow[]; older?: number } | { kind: "forbidden" };

export async function listActivity(actor: StaffActor, filter: ActivityFilter, before?: number, size = activityPageSize): Promise<ActivityPage> {
  if (!can(actor, "activity.view")) return { kind: "forbidden" };
  const db = await getDb();
  const rows = await db.select().from(staffAudit).where(conditions(filter, before)).orderBy(desc(staffAudit.id)).limit(size + 1);
  const kept = rows.slice(0, size);
  return { kind: "ok", rows: kept, ...(rows.length > size && { older: kept.at(-1)!.id }) };
}

/** The people the filter offers: everyone the log names, by email (a bounded list: staff, not shoppers). */
export async function listActivityPeople(actor: StaffActor): Promise<string[]> {
  if (!can(actor, "activity.view")) return [];
  const db = await getDb();
  const rows = await db
    .selectDistinct({ email: staffAudit.actorEmail })
    .from(staffAudit)
    .where(sql`${staffAudit.actorId} is not null`)
    .orderBy(staffAudit.actorEmail)
    .limit(200);
  return rows.map((row) => row.email).filter((email): email is string => Boolean(email));
}
