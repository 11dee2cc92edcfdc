import "server-only";
import type { StaffActor } from "@/lib/auth/actor";
import type { Executor } from "@/lib/db/tx";
import { staffAudit } from "@/lib/db/schema";
import type { AuditKind } from "./kinds";

/** What one audit row says beyond who: what happened, to which record, from what to what. */
export type AuditEntry = {
  kind: AuditKind;
  /** The record changed, e.g. { type: "order", id: order.id } or { type: "product", id: product.id }. */
  record?: { type: string; id: string } | undefined;
  /** The record's fields before and after, where that applies: only what changed is worth keeping. */
  before?: unknown;
  after?: unknown;
  /** Overrides actor.clientIp (sign-in, where there is no actor yet). */
  clientIp?: string | undefined;
  /** Injected clock for tests; the database's now() otherwise. */
  at?: Date | undefined;
};

/** Someone who is not (yet) a staff member: a failed sign-in names the email typed, nothing more. */
export type AuditStranger = { email: string | null };

/**
 * Appends one row to the audit log (table staff_audit, append-only).
 *
 * Call it with the transaction that makes the change, so the change and its
 * record commit or roll back together:
 *
 *   await db.transaction(async (tx) => {
 *     const [before] = await tx.select().from(products).where(eq(products.id, id)).for("update");
 *     const [after] = await tx.update(products).set(changes).where(eq(products.id, id)).returning();
 *     await recordStaffAction(tx, actor, { kind: "catalog.update", record: { type: "product", id }, before: pick(before), after: pick(after) });
 *   });
 *
 * `actor` is the StaffActor the page or action resolved (lib/auth/actor.ts);
 * its email, name and role are copied into the row, so the row still says who
 * it was after they leave. Values are stored as JSON: keep them small (the
 * fields that changed), and never put a password, token or secret in them.
 */
export async function recordStaffAction(tx: Executor, actor: StaffActor | AuditStranger, entry: AuditEntry): Promise<void> {
  const known = "id" in actor;
  await tx.insert(staffAudit).values({
    ...(entry.at && { at: entry.at }),
    actorId: known ? actor.id : null,
    actorEmail: actor.email,
    actorName: known ? actor.name : null,
    actorRole: known ? actor.role : null,
    kind: entry.kind,
    recordType: entry.record?.type ?? null,
    recordId: entry.record?.id ?? null,
    before: jsonOrNull(entry.before),
    after: jsonOrNull(entry.after),
    clientIp: (entry.clientIp ?? (known ? actor.clientIp : undefined))?.slice(0, 64) ?? null,
  });
}

// undefined means "does not apply" (SQL null); Dates become ISO strings as JSON makes them.
function jsonOrNull(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
