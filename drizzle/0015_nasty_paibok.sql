DROP INDEX "orders_created_idx";--> statement-breakpoint
CREATE INDEX "products_listed_idx" ON "products" USING btree ("id") WHERE "products"."status" = 'published';--> statement-breakpoint
CREATE INDEX "products_listed_price_idx" ON "products" USING btree ("price_cents","id") WHERE "products"."status" = 'published';--> statement-breakpoint
CREATE INDEX "products_listed_created_idx" ON "products" USING btree ("created_at","id") WHERE "products"."status" = 'published';--> statement-breakpoint
CREATE INDEX "products_listed_category_idx" ON "products" USING btree ("category_id","id") WHERE "products"."status" = 'published';--> statement-breakpoint
CREATE INDEX "products_listed_category_price_idx" ON "products" USING btree ("category_id","price_cents","id") WHERE "products"."status" = 'published';--> statement-breakpoint
CREATE INDEX "products_listed_category_created_idx" ON "products" USING btree ("category_id","created_at","id") WHERE "products"."status" = 'published';--> statement-breakpoint
CREATE INDEX "orders_status_created_idx" ON "orders" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_delivery_created_idx" ON "orders" USING btree ("delivery_method","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_to_fulfil_idx" ON "orders" USING btree ("created_at","id") WHERE "orders"."status" = 'paid' and "orders"."fulfilment" is null;--> statement-breakpoint
CREATE INDEX "orders_contact_email_lower_idx" ON "orders" USING btree (lower("contact_email"));--> statement-breakpoint
CREATE INDEX "orders_paid_payment_idx" ON "orders" USING btree ("paid_payment_id");--> statement-breakpoint
CREATE INDEX "payments_created_idx" ON "payments" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "payments_attention_idx" ON "payments" USING btree ("created_at","id") WHERE "payments"."flag" is not null or "payments"."pms_unreachable_since" is not null;--> statement-breakpoint
CREATE INDEX "payments_live_idx" ON "payments" USING btree ("created_at","id") WHERE "payments"."status" in ('created', 'pending');--> statement-breakpoint
CREATE INDEX "payments_finalized_idx" ON "payments" USING btree ("finalized_at");--> statement-breakpoint
CREATE INDEX "orders_created_idx" ON "orders" USING btree ("created_at","id");