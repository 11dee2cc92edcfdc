import { getTranslations } from "next-intl/server";
import { CartLineControlsClient } from "./cart-line-controls.client";

export async function CartLineControls({ variantId, name, quantity, max }: { variantId: number; name: string; quantity: number; max: number }) {
  const t = await getTranslations("Cart");
  const labels = {
    decrease: t("decrease", { name }),
    increase: t("increase", { name }),
    remove: t("remove", { name }),
    quantity: t("quantity"),
    removeShort: t("removeShort"),
  };
  return <CartLineControlsClient variantId={variantId} quantity={quantity} max={max} labels={labels} />;
}
