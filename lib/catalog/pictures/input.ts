import { z } from "zod";
import type { LocalizedText } from "@/lib/db/schema";

const id = z.coerce.number().int().positive();

/** The alt text and variant fields every picture form carries. English is required; the Chinese ones fall back to it. */
export const pictureDetailsSchema = z.object({
  altEn: z.string().trim().min(1, { error: "Describe the picture in English." }).max(200, { error: "At most 200 characters." }),
  altZhHK: z.string().trim().max(200, { error: "At most 200 characters." }).default(""),
  altZhCN: z.string().trim().max(200, { error: "At most 200 characters." }).default(""),
  // "" is the product's picture; a number is one variant's.
  variantId: z.union([z.literal(""), id]).default(""),
});

export const pictureUpdateSchema = pictureDetailsSchema.extend({ imageId: id, productId: id });
export const pictureMoveSchema = z.object({ imageId: id, productId: id, direction: z.enum(["up", "down"]) });
export const pictureRemoveSchema = z.object({ imageId: id, productId: id });

export function detailsOf(input: z.infer<typeof pictureDetailsSchema>): { alt: LocalizedText; variantId: number | null } {
  return { alt: { en: input.altEn, "zh-HK": input.altZhHK, "zh-CN": input.altZhCN }, variantId: input.variantId === "" ? null : input.variantId };
}
