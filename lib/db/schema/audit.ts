import { bigint, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per staff action, written in the same transaction as the change it
 * records (lib/audit). Append-only: a trigger (migration 0009) refuses UPDATE
 * and DELETE. Who is kept as a snapshot (email, name, role at the time) next
 * to the id, so a row still says who it was after that person is removed or
 * renamed. actor_id is null when nobody was signed in (a failed sign-in).
 */
export const staffAudit = pgTable(
  "staff_audit",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id"),
    actorEmail: text("actor_email"),
    actorName: text("actor_name"),
    actorRole: text("actor_role"),
    kind: text("kind").notNull(),
    recordType: text("record_type"),
    recordId: text("record_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    clientIp: text("client_ip"),
  },
  (t) => [
    index("staff_audit_at_idx").on(t.at, t.id),
    index("staff_audit_actor_idx").on(t.actorId, t.id),
    index("staff_audit_kind_idx").on(t.kind, t.id),
    index("staff_audit_record_idx").on(t.recordType, t.recordId),
  ],
);

export type StaffAuditRow = typeof staffAudit.$inferSelect;
