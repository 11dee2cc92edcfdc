CREATE TABLE "shipment_corrections" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "shipment_corrections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"order_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"previous_carrier" text NOT NULL,
	"previous_tracking_number" text NOT NULL,
	"carrier" text NOT NULL,
	"tracking_number" text NOT NULL,
	"corrected_by" text NOT NULL,
	"corrected_at" timestamp with time zone NOT NULL,
	CONSTRAINT "shipment_corrections_sequence_positive" CHECK ("shipment_corrections"."sequence" > 0),
	CONSTRAINT "shipment_corrections_changes_something" CHECK (("shipment_corrections"."carrier", "shipment_corrections"."tracking_number") is distinct from ("shipment_corrections"."previous_carrier", "shipment_corrections"."previous_tracking_number"))
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "collected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "collected_by" text;--> statement-breakpoint
ALTER TABLE "shipment_corrections" ADD CONSTRAINT "shipment_corrections_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "shipment_corrections_order_sequence" ON "shipment_corrections" USING btree ("order_id","sequence");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_collection_whole" CHECK (("orders"."collected_at" is null) = ("orders"."collected_by" is null));--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_collected_after_pickup" CHECK ("orders"."collected_at" is null or "orders"."fulfilment" = 'ready_for_pickup');