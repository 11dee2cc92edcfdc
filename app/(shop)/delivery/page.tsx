import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { deliveryFees, deliveryRegions } from "@/lib/checkout/delivery";
import { formatHkd } from "@/lib/money";
import { merchantValues, TrustPage, trustMetadata } from "../_components/trust-page";

export async function generateMetadata(): Promise<Metadata> {
  return trustMetadata("delivery");
}

/** Fees and regions come from lib/checkout/delivery.ts, the table checkout charges by: never copied here. */
export default async function DeliveryPage() {
  const [t, locale, values] = await Promise.all([getTranslations(), getLocale(), merchantValues()]);
  const courier = deliveryFees.courier;
  const regions = new Intl.ListFormat(locale, { type: "conjunction" }).format(deliveryRegions.map((region) => t(`Checkout.regions.${region}`)));
  return (
    <TrustPage
      page="delivery"
      sections={["courier", "pickup"]}
      values={{
        ...values,
        fee: formatHkd(courier.feeCents),
        freeFrom: courier.freeFromItemsCents === undefined ? "—" : formatHkd(courier.freeFromItemsCents),
        regions,
      }}
    >
      <p className="text-sm text-stone-600">{t("Trust.delivery.abroad")}</p>
    </TrustPage>
  );
}
