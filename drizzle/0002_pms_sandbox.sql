CREATE TABLE "pms_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pms_transactions" (
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
	CONSTRAINT "pms_transactions_rrn_unique" UNIQUE("rrn"),
	CONSTRAINT "pms_transactions_token_unique" UNIQUE("token"),
	CONSTRAINT "pms_transactions_amt_positive" CHECK ("pms_transactions"."amt" > 0),
	CONSTRAINT "pms_transactions_status_known" CHECK ("pms_transactions"."status" in ('01', '02', '03', '04', '05'))
);
--> statement-breakpoint
CREATE TABLE "pms_webhook_attempts" (
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
	CONSTRAINT "pms_webhook_attempts_once" UNIQUE("delivery_id","attempt_no","copy")
);
--> statement-breakpoint
CREATE TABLE "pms_webhook_deliveries" (
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
	CONSTRAINT "pms_webhook_deliveries_state_known" CHECK ("pms_webhook_deliveries"."state" in ('pending', 'delivered', 'failed', 'dropped'))
);
--> statement-breakpoint
ALTER TABLE "pms_webhook_attempts" ADD CONSTRAINT "pms_webhook_attempts_delivery_id_pms_webhook_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."pms_webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pms_webhook_deliveries" ADD CONSTRAINT "pms_webhook_deliveries_transaction_id_pms_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."pms_transactions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pms_transactions_pending_idx" ON "pms_transactions" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "pms_webhook_deliveries_due_idx" ON "pms_webhook_deliveries" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "pms_webhook_deliveries_transaction_idx" ON "pms_webhook_deliveries" USING btree ("transaction_id");