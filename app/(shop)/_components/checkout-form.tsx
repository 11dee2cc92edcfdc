import { getLocale, getTranslations } from "next-intl/server";
import { deliveryFeeCents, deliveryFees, deliveryMethods, deliveryRegions } from "@/lib/checkout/delivery";
import { detailFields, type DetailField } from "@/lib/checkout/details";
import type { PaymentMethod } from "@/lib/checkout/payment-methods";
import { storeValues } from "@/lib/merchant";
import { formatHkd } from "@/lib/money";
import { CheckoutFormClient, type CheckoutLabels } from "./checkout-form.client";
import { methodOptions } from "./payment-method-form";

const each = <K extends string>(keys: readonly K[], label: (key: K) => string) =>
  Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, string>;

export async function CheckoutForm({
  methods,
  itemsCents,
  initial,
  summary,
}: {
  methods: PaymentMethod[];
  itemsCents: number;
  initial: Partial<Record<DetailField, string>>;
  /** The cart's lines, rendered here on the server: only their fee and total depend on the form. */
  summary: React.ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations("Checkout"), getLocale()]);
  // The fee table (lib/checkout/delivery.ts) and the store (lib/merchant.ts) each have one place.
  const noteValues = {
    ...storeValues(locale),
    fee: formatHkd(deliveryFees.courier.feeCents),
    freeFrom: formatHkd(deliveryFees.courier.freeFromItemsCents ?? 0),
  };
  const labels: CheckoutLabels = {
    contact: t("contact"),
    delivery: t("delivery"),
    address: t("address"),
    fields: each(detailFields, (field) => t(`fields.${field}`)),
    deliveryOption: each(deliveryMethods, (method) => t(`deliveryOption.${method}`)),
    deliveryNote: each(deliveryMethods, (method) => t(`deliveryNote.${method}`, noteValues)),
    chooseRegion: t("chooseRegion"),
    regions: each(deliveryRegions, (region) => t(`regions.${region}`)),
    chooseMethod: t("chooseMethod"),
    summary: t("summary"),
    items: t("items"),
    deliveryFee: t("deliveryFee"),
    free: t("free"),
    total: t("total"),
    // The Pay button names the total, which depends on the delivery the shopper picks.
    pay: each(deliveryMethods, (method) => t("pay", { amount: formatHkd(itemsCents + deliveryFeeCents(method, itemsCents)) })),
    paying: t("paying"),
    secureNote: t("secureNote"),
  };
  return <CheckoutFormClient methods={await methodOptions(methods)} itemsCents={itemsCents} initial={initial} labels={labels} summary={summary} />;
}
