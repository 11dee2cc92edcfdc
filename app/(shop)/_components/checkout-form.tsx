import { getTranslations } from "next-intl/server";
import { deliveryFeeCents, deliveryMethods, deliveryRegions } from "@/lib/checkout/delivery";
import { detailFields, type DetailField } from "@/lib/checkout/details";
import type { PaymentMethod } from "@/lib/checkout/payment-methods";
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
  const t = await getTranslations("Checkout");
  const labels: CheckoutLabels = {
    contact: t("contact"),
    delivery: t("delivery"),
    address: t("address"),
    fields: each(detailFields, (field) => t(`fields.${field}`)),
    deliveryOption: each(deliveryMethods, (method) => t(`deliveryOption.${method}`)),
    deliveryNote: each(deliveryMethods, (method) => t(`deliveryNote.${method}`)),
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
