CREATE TYPE "public"."fulfilment_kind" AS ENUM('shipped', 'ready_for_pickup');--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "fulfilment" "fulfilment_kind";--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "fulfilled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "fulfilled_by" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "carrier" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tracking_number" text;--> statement-breakpoint
CREATE INDEX "orders_created_idx" ON "orders" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_fulfilment_whole" CHECK (("orders"."fulfilment" is null) = ("orders"."fulfilled_at" is null));--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_shipment_tracked" CHECK ("orders"."fulfilment" is distinct from 'shipped' or ("orders"."carrier" is not null and "orders"."tracking_number" is not null));