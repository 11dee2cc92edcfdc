import { getTranslations } from "next-intl/server";
import { pmsNameWorthShowing } from "@/lib/checkout/method-names";
import type { PaymentMethod } from "@/lib/checkout/payment-methods";
import { PaymentMethodFormClient, type MethodOption } from "./payment-method-form.client";

export type { MethodOption } from "./payment-method-form.client";

export async function PaymentMethodForm({ methods, amountLabel, orderId }: { methods: PaymentMethod[]; amountLabel: string; orderId?: string }) {
  const t = await getTranslations("Checkout");
  const labels = { chooseMethod: t("chooseMethod"), pay: t("pay", { amount: amountLabel }), paying: t("paying"), secureNote: t("secureNote") };
  return <PaymentMethodFormClient methods={await methodOptions(methods)} orderId={orderId} labels={labels} />;
}

/** Each method under one clear name, ours; PMS's name beneath it only where it adds something. */
export async function methodOptions(methods: PaymentMethod[]): Promise<MethodOption[]> {
  const t = await getTranslations("Method");
  return methods.map(({ type, label, logo }) => {
    const name = t.has(type) ? t(type) : label;
    return { type, name, pmsName: pmsNameWorthShowing(name, label), logo };
  });
}
