ALTER TABLE "payments" ADD COLUMN "lease_token" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "pms_unreachable_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_inbox" ADD COLUMN "lease_token" uuid;--> statement-breakpoint
ALTER TABLE "webhook_inbox" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "webhook_inbox_rrn_processed_idx" ON "webhook_inbox" USING btree ("rrn","processed_at");