import { sql } from "drizzle-orm";
import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * The people who work the back office (lib/staff, docs/decisions/014). A row
 * is kept after its member is removed (removed_at), so the audit log and the
 * "who" columns still name them. The password is an scrypt hash with its salt
 * and parameters in the one string (lib/staff/password.ts); the demo owner of
 * STAFF_EMAIL/STAFF_PASSWORD has none. Recovery codes are kept only as
 * hashes, and a used one is taken out of the array in the same UPDATE that
 * checks it, so each works once.
 */
export const staff = pgTable(
  "staff",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ["owner", "staff", "read_only"] }).notNull(),
    passwordHash: text("password_hash"),
    totpSecret: text("totp_secret"),
    // The last TOTP time step accepted: a code is never taken twice (replay), not even within its 30 s.
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    recoveryCodeHashes: text("recovery_code_hashes").array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("staff_email_unique").on(t.email), index("staff_created_idx").on(t.createdAt, t.id)],
);

export type StaffMember = typeof staff.$inferSelect;

/**
 * One row per signed-in browser (the JWT carries only its id): ending a row
 * ends that session at its next request. Removal, a role change and a reset
 * end all of a member's rows; a row idle past 12 h is refused.
 */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("staff_sessions_staff_idx").on(t.staffId)],
);

/** A single-use link to join (or, after a reset, to enrol again): only the token's hash is stored. */
export const staffInvitations = pgTable(
  "staff_invitations",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull(),
    email: text("email").notNull(),
    role: text("role", { enum: ["owner", "staff", "read_only"] }).notNull(),
    invitedBy: uuid("invited_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("staff_invitations_token_unique").on(t.tokenHash), index("staff_invitations_created_idx").on(t.createdAt, t.id)],
);

export type StaffInvitation = typeof staffInvitations.$inferSelect;

