import { getTranslations } from "next-intl/server";
import { CartLineControlsClient } from "./cart-line-controls.client";

export async function CartLineControls({ productId, name, quantity }: { productId: number; name: string; quantity: number }) {
  const t = await getTranslations("Cart");
  const labels = {
    decrease: t("decrease", { name }),
    increase: t("increase", { name }),
    remove: t("remove", { name }),
    quantity: t("quantity"),
    removeShort: t("removeShort"),
  };
  return <CartLineControlsClient productId={productId} quantity={quantity} labels={labels} />;
}
