ALTER TABLE "products" DROP CONSTRAINT "products_variant_kind";--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_variant_kind" CHECK ("products"."variant_kind" in ('size', 'colour', 'weight'));