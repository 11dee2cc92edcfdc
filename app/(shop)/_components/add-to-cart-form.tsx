import { getTranslations } from "next-intl/server";
import { AddToCartFormClient, type VariantChoice } from "./add-to-cart-form.client";

export type { VariantChoice };

export async function AddToCartForm({ variants, kindLabel }: { variants: VariantChoice[]; kindLabel: string | null }) {
  const t = await getTranslations("Product");
  const labels = {
    quantity: t("quantity"),
    addToCart: t("addToCart"),
    adding: t("adding"),
    soldOut: t("soldOut"),
    inStock: t("inStock"),
    fewLeft: t("fewLeft", { count: "{count}" }),
  };
  return <AddToCartFormClient variants={variants} kindLabel={kindLabel} labels={labels} />;
}
