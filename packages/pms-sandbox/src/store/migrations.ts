/**
 * The sandbox's migrations, in order; ./migrate.ts applies the ones a
 * database lacks and records them in pms_sandbox.migrations. SQL lives here
 * as strings, not files, so the package runs the same bundled in a Next.js
 * server, under tsx or from node_modules. An entry is never edited once
 * landed: a change to ./schema.ts gets a new entry (drizzle-kit can write its SQL:
 * `npx drizzle-kit generate --dialect postgresql --schema packages/pms-sandbox/src/store/schema.ts --out /tmp/x`).
 */
export type Migration = { id: string; statements: readonly string[] };

// Rows of the tables the shop kept in its own `public` schema before the sandbox became a
// package (drizzle/0002_pms_sandbox.sql), carried over once when they are there.
const adoptShopTables = ["transactions", "webhook_deliveries", "webhook_attempts", "settings"].map(
  (table) => `DO $$ BEGIN
  IF to_regclass('public.pms_${table}') IS NOT NULL THEN
    INSERT INTO "pms_sandbox"."${table}" SELECT * FROM "public"."pms_${table}" ON CONFLICT DO NOTHING;
  END IF;
END $$`,
);

export const migrations: readonly Migration[] = [
  {
    id: "0001_init",
    statements: [
    `CREATE TABLE "pms_sandbox"."settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);`,
    `CREATE TABLE "pms_sandbox"."transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rrn" text NOT NULL,
	"token" text NOT NULL,
	"type" text NOT NULL,
	"store_code" text NOT NULL,
	"till_id" text NOT NULL,
	"salesman" text NOT NULL,
	"tx_date_time" text NOT NULL,
	"amt" integer NOT NULL,
	"ccy" text NOT NULL,
	"lang" text NOT NULL,
	"extend_param" text DEFAULT '' NOT NULL,
	"return_url" text DEFAULT '' NOT NULL,
	"webhook_url" text DEFAULT '' NOT NULL,
	"user_agent" text DEFAULT '' NOT NULL,
	"request" jsonb NOT NULL,
	"status" text DEFAULT '05' NOT NULL,
	"gw_ref_code" text DEFAULT '' NOT NULL,
	"gw_error_code" text DEFAULT '' NOT NULL,
	"gw_error_message" text DEFAULT '' NOT NULL,
	"refund_ref_code" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"final_at" timestamp with time zone,
	"refunded_at" timestamp with time zone,
	CONSTRAINT "transactions_rrn_unique" UNIQUE("rrn"),
	CONSTRAINT "transactions_token_unique" UNIQUE("token"),
	CONSTRAINT "transactions_amt_positive" CHECK ("pms_sandbox"."transactions"."amt" > 0),
	CONSTRAINT "transactions_status_known" CHECK ("pms_sandbox"."transactions"."status" in ('01', '02', '03', '04', '05'))
);`,
    `CREATE TABLE "pms_sandbox"."webhook_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"delivery_id" uuid NOT NULL,
	"attempt_no" integer NOT NULL,
	"copy" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"http_status" integer,
	"answer" text,
	"error" text,
	"accepted" boolean DEFAULT false NOT NULL,
	CONSTRAINT "webhook_attempts_once" UNIQUE("delivery_id","attempt_no","copy")
);`,
    `CREATE TABLE "pms_sandbox"."webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transaction_id" uuid NOT NULL,
	"rrn" text NOT NULL,
	"event" text NOT NULL,
	"url" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_token" uuid,
	"lease_until" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"last_status" integer,
	"last_answer" text,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_state_known" CHECK ("pms_sandbox"."webhook_deliveries"."state" in ('pending', 'delivered', 'failed', 'dropped'))
);`,
    `ALTER TABLE "pms_sandbox"."webhook_attempts" ADD CONSTRAINT "webhook_attempts_delivery_id_webhook_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "pms_sandbox"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;`,
    `ALTER TABLE "pms_sandbox"."webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "pms_sandbox"."transactions"("id") ON DELETE cascade ON UPDATE no action;`,
    `CREATE INDEX "transactions_pending_idx" ON "pms_sandbox"."transactions" USING btree ("status","expires_at");`,
    `CREATE INDEX "webhook_deliveries_due_idx" ON "pms_sandbox"."webhook_deliveries" USING btree ("state","next_attempt_at");`,
    `CREATE INDEX "webhook_deliveries_transaction_idx" ON "pms_sandbox"."webhook_deliveries" USING btree ("transaction_id");`,
    ],
  },
  { id: "0002_adopt_shop_tables", statements: adoptShopTables },
];
