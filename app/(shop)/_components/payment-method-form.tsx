import { getTranslations } from "next-intl/server";
import { PaymentMethodFormClient, type MethodOption } from "./payment-method-form.client";

export type { MethodOption } from "./payment-method-form.client";

export async function PaymentMethodForm({ methods, amountLabel, orderId }: { methods: MethodOption[]; amountLabel: string; orderId?: string }) {
  const t = await getTranslations("Checkout");
  const labels = { chooseMethod: t("chooseMethod"), pay: t("pay", { amount: amountLabel }), paying: t("paying"), secureNote: t("secureNote") };
  return <PaymentMethodFormClient methods={methods} orderId={orderId} labels={labels} />;
}
