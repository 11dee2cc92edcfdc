DROP TABLE "pms_settings" CASCADE;--> statement-breakpoint
DROP TABLE "pms_transactions" CASCADE;--> statement-breakpoint
DROP TABLE "pms_webhook_attempts" CASCADE;--> statement-breakpoint
DROP TABLE "pms_webhook_deliveries" CASCADE;