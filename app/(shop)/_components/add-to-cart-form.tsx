import { getTranslations } from "next-intl/server";
import { AddToCartFormClient } from "./add-to-cart-form.client";

export async function AddToCartForm({ productId }: { productId: number }) {
  const t = await getTranslations("Product");
  return <AddToCartFormClient productId={productId} labels={{ quantity: t("quantity"), addToCart: t("addToCart"), adding: t("adding") }} />;
}
