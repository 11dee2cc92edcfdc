import type { LocalizedText } from "@/lib/db/schema";

/** The "Shows" choices: the whole product, or one variant by its label and SKU. */
export function variantOptions(variants: { id: number; sku: string; label: LocalizedText | null }[]) {
  return [
    { value: "", label: "The product (any variant)" },
    ...(variants.length > 1 ? variants.map((variant) => ({ value: String(variant.id), label: `${variant.label?.en || variant.sku} (${variant.sku})` })) : []),
  ];
}
