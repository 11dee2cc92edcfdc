import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * The sandbox's own state, in a PostgreSQL schema of its own (`pms_sandbox`),
 * so it can share any database with a merchant's tables without touching
 * them. Only the sandbox reads or writes these tables; a merchant knows the
 * sandbox through HTTP alone, exactly as it knows the real PMS. Changes here
 * need a new entry in ./migrations.ts.
 */
export const sandboxSchema = pgSchema("pms_sandbox");

/** One `/online/sales` request and what became of it. `status` is the spec's gwRefStatus. */
export const pmsTransactions = sandboxSchema.table(
  "transactions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    rrn: text("rrn").notNull().unique(),
    // The unguessable part of paymentUrl; the rrn is the merchant's and may be guessed.
    token: text("token").notNull().unique(),
    type: text("type").notNull(),
    storeCode: text("store_code").notNull(),
    tillId: text("till_id").notNull(),
    salesman: text("salesman").notNull(),
    // Normalised to the spec's `yyyy-MM-dd'T'HH:mm:ssZ` (offset without colon).
    txDateTime: text("tx_date_time").notNull(),
    amt: integer("amt").notNull(),
    ccy: text("ccy").notNull(),
    lang: text("lang").notNull(),
    extendParam: text("extend_param").notNull().default(""),
    returnUrl: text("return_url").notNull().default(""),
    webhookUrl: text("webhook_url").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
    // The request body as received, minus apiKey and sign, for the console.
    request: jsonb("request").$type<Record<string, unknown>>().notNull(),
    status: text("status").notNull().default("05"),
    gwRefCode: text("gw_ref_code").notNull().default(""),
    gwErrorCode: text("gw_error_code").notNull().default(""),
    gwErrorMessage: text("gw_error_message").notNull().default(""),
    refundRefCode: text("refund_ref_code").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    finalAt: timestamp("final_at", { withTimezone: true }),
    refundedAt: timestamp("refunded_at", { withTimezone: true }),
  },
  (t) => [
    check("transactions_amt_positive", sql`${t.amt} > 0`),
    check("transactions_status_known", sql`${t.status} in ('01', '02', '03', '04', '05')`),
    // The sweeper looks for pending payments past their deadline.
    index("transactions_pending_idx").on(t.status, t.expiresAt),
  ],
);

export type PmsTransaction = typeof pmsTransactions.$inferSelect;
export type NewPmsTransaction = typeof pmsTransactions.$inferInsert;

/** The JSON body the spec says PMS POSTs to the merchant's webhookUrl. */
export type PmsWebhookPayload = {
  storeCode: string;
  tillId: string;
  type: string;
  rrn: string;
  amount: number;
  gwRefCode: string;
  txDatetime: string;
  salesman: string;
  orgRrn: string;
};

/**
 * One notification (one final outcome of one transaction) and its delivery
 * schedule. A dispatcher claims a due row by setting a lease in one
 * conditional UPDATE, so with several app instances each attempt is made once.
 */
export const pmsWebhookDeliveries = sandboxSchema.table(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    transactionId: uuid("transaction_id")
      .notNull()
      .references(() => pmsTransactions.id, { onDelete: "cascade" }),
    rrn: text("rrn").notNull(),
    // The gwRefStatus this notification announces: 01, 02, 03 or 04.
    event: text("event").notNull(),
    url: text("url").notNull(),
    payload: jsonb("payload").$type<PmsWebhookPayload>().notNull(),
    // pending → delivered | failed (gave up) | dropped (fault webhook-drop)
    state: text("state").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    leaseToken: uuid("lease_token"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    lastStatus: integer("last_status"),
    lastAnswer: text("last_answer"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "webhook_deliveries_state_known",
      sql`${t.state} in ('pending', 'delivered', 'failed', 'dropped')`,
    ),
    index("webhook_deliveries_due_idx").on(t.state, t.nextAttemptAt),
    index("webhook_deliveries_transaction_idx").on(t.transactionId),
  ],
);

export type PmsWebhookDelivery = typeof pmsWebhookDeliveries.$inferSelect;
export type NewPmsWebhookDelivery = typeof pmsWebhookDeliveries.$inferInsert;

/** Every HTTP attempt of a delivery, with what the merchant answered. */
export const pmsWebhookAttempts = sandboxSchema.table(
  "webhook_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    deliveryId: uuid("delivery_id")
      .notNull()
      .references(() => pmsWebhookDeliveries.id, { onDelete: "cascade" }),
    attemptNo: integer("attempt_no").notNull(),
    // A fault may send one attempt twice (webhook-duplicate): copy 0, then 1.
    copy: integer("copy").notNull().default(0),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    durationMs: integer("duration_ms").notNull(),
    httpStatus: integer("http_status"),
    answer: text("answer"),
    error: text("error"),
    // The merchant answered 2xx with JSON errorCode "0".
    accepted: boolean("accepted").notNull().default(false),
  },
  (t) => [unique("webhook_attempts_once").on(t.deliveryId, t.attemptNo, t.copy)],
);

export type PmsWebhookAttempt = typeof pmsWebhookAttempts.$inferSelect;
export type NewPmsWebhookAttempt = typeof pmsWebhookAttempts.$inferInsert;

/** Console switches (faults, payment timeout) that override the environment. */
export const pmsSettings = sandboxSchema.table("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type PmsSetting = typeof pmsSettings.$inferSelect;
export type NewPmsSetting = typeof pmsSettings.$inferInsert;
