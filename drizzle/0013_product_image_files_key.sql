DROP INDEX "product_image_files_image_idx";--> statement-breakpoint
ALTER TABLE "product_image_files" DROP CONSTRAINT "product_image_files_pkey";--> statement-breakpoint
ALTER TABLE "product_image_files" ADD CONSTRAINT "product_image_files_image_id_format_width_pk" PRIMARY KEY("image_id","format","width");--> statement-breakpoint
CREATE INDEX "product_image_files_hash_idx" ON "product_image_files" USING btree ("hash");
