import { centsToPriceText } from "@/lib/admin/catalog/product-input";
import type { EditableProduct } from "@/lib/admin/catalog/product-editor";
import type { EditorProduct } from "../../_components/catalog/product-editor-form";

/** What the browser's editor needs of a product: prices as dollars and cents text, nothing else of the row. */
export function toEditorProduct(product: EditableProduct): EditorProduct {
  return {
    id: product.id,
    version: product.version,
    name: product.name,
    description: product.description,
    slug: product.slug,
    categoryId: product.categoryId,
    status: product.status,
    variantKind: product.variantKind,
    variants: product.variants.map((variant) => ({ id: variant.id, sku: variant.sku, label: variant.label, price: centsToPriceText(variant.priceCents), stock: variant.stock })),
  };
}
