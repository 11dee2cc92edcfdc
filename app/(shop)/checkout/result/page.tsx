import type { Metadata } from "next";
import { addressOneLine } from "@/lib/checkout/address-lines";
import { storeValues } from "@/lib/merchant";
import { cookies } from "next/headers";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getShopperSession } from "@/lib/accounts/session";
import type { Order } from "@/lib/db/schema";
import { readCartIdCookie } from "@/lib/cart/cart-cookie";
import { getPaymentMethods } from "@/lib/checkout/payment-methods";
import { formatHkd } from "@/lib/money";
import { getPaymentForViewer } from "@/lib/orders/queries";
import { resultTokenCookieName } from "@/lib/orders/result-token";
import { refreshPaymentIfLive } from "@/lib/orders/refresh-payment";
import { AutoRefresh, RefreshOnce } from "../../_components/auto-refresh";
import { OrderSummary } from "../../_components/order-summary";
import { PaymentMethodForm } from "../../_components/payment-method-form";
import { orderReference } from "@/lib/orders/reference";

// proxy.ts has moved the returnUrl's token into a cookie (lib/orders/result-token.ts),
// so this URL holds no secret and the page needs no `no-referrer`: its forms post a real Origin.
export const metadata: Metadata = { robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function PaymentResultPage({ searchParams }: Props) {
  const params = await searchParams;
  const viewer = { cartId: await readCartIdCookie(), token: (await cookies()).get(resultTokenCookieName)?.value, shopper: await getShopperSession() };
  const rrn = first(params.rrn);
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);

  let view = await getPaymentForViewer({ rrn, viewer });
  if (view && (view.payment.status === "created" || view.payment.status === "pending")) {
    await refreshPaymentIfLive(view.payment, "result_page");
    view = await getPaymentForViewer({ rrn, viewer });
  }
  if (!view) {
    return (
      <Panel title={t("Result.notFoundTitle")} tone="neutral">
        <p>{t("Result.notFoundBody")}</p>
        <Link href="/" className="font-semibold text-harbour-700 underline">
          {t("Result.backToShop")}
        </Link>
      </Panel>
    );
  }

  const { payment, order, items, viaCookie } = view;
  const orderRef = orderReference(order.id);
  // The token stays in its httpOnly cookie, which the order page reads too: never back into a URL.
  const orderHref = `/orders/${order.id}`;
  const links = (
    <div className="flex flex-wrap gap-4">
      <Link href={orderHref} className="font-semibold text-harbour-700 underline">
        {t("Result.viewOrder")}
      </Link>
      <Link href="/" className="text-harbour-700 underline">
        {t("Result.backToShop")}
      </Link>
    </div>
  );

  if (payment.flag === "review_mismatch") {
    return (
      <Panel title={t("Result.reviewTitle")} tone="warning">
        <p>{t("Result.reviewBody")}</p>
        {links}
      </Panel>
    );
  }
  // The order, not this attempt, decides "paid": another attempt may have paid it.
  if (order.status === "paid" || payment.status === "succeeded") {
    return (
      <Panel title={t("Result.paidTitle")} tone="success">
        <RefreshOnce />
        <p>{t("Result.paidBody", { amount: formatHkd(order.totalCents), order: orderRef })}</p>
        <PaidNextSteps order={order} />
        {payment.flag === "refund_extra" && <p>{t("Order.flag_refund_extra")}</p>}
        {payment.flag === "paid_late" && <p>{t("Order.flag_paid_late")}</p>}
        {payment.flag === "stock_short" && <p>{t("Order.flag_stock_short")}</p>}
        <OrderSummary order={order} items={items} />
        {links}
      </Panel>
    );
  }
  if (payment.status === "refunded") {
    return (
      <Panel title={t("Result.refundedTitle")} tone="neutral">
        <p>{t("Result.refundedBody")}</p>
        {links}
      </Panel>
    );
  }
  if (payment.status === "failed" || payment.status === "expired") {
    const methods = viaCookie ? await getPaymentMethods({ locale: locale }) : undefined;
    return (
      <Panel title={t(payment.status === "failed" ? "Result.failedTitle" : "Result.expiredTitle")} tone="error">
        <p>{t(payment.status === "failed" ? "Result.failedBody" : "Result.expiredBody")}</p>
        {methods?.ok && (
          <div className="mt-2 w-full">
            <h2 className="mb-3 text-lg font-semibold">{t("Result.tryAnother")}</h2>
            <PaymentMethodForm methods={methods.methods} amountLabel={formatHkd(order.totalCents)} orderId={order.id} />
          </div>
        )}
        {links}
      </Panel>
    );
  }
  return (
    <Panel title={t("Result.pendingTitle")} tone="neutral">
      <p>{t("Result.pendingBody")}</p>
      <AutoRefresh />
      <div aria-hidden="true" className="h-2 w-40 overflow-hidden rounded-full bg-stone-200">
        <div className="h-full w-1/3 animate-pulse rounded-full bg-harbour-500" />
      </div>
      {links}
    </Panel>
  );
}

/** Where the confirmation went and where the order goes, so the shopper can spot a mistyped email or address now. */
async function PaidNextSteps({ order }: { order: Pick<Order, "contactEmail" | "deliveryMethod" | "deliveryAddress"> }) {
  // Orders placed before checkout asked for contact details have neither to show.
  if (!order.contactEmail) return null;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const address = order.deliveryAddress;
  const oneLine = address ? addressOneLine(address, locale, t(`Checkout.regions.${address.region}`)) : "";
  return (
    <div className="flex flex-col gap-1" data-testid="paid-next-steps">
      <p>{t("Result.paidEmail", { email: order.contactEmail })}</p>
      <p>{order.deliveryMethod === "courier" && address ? t("Result.paidCourier", { address: oneLine }) : t("Result.paidPickup", storeValues(locale))}</p>
    </div>
  );
}

const tones = {
  success: "border-emerald-300 bg-emerald-50",
  error: "border-red-300 bg-red-50",
  warning: "border-amber-300 bg-amber-50",
  neutral: "border-stone-200 bg-white",
};

function Panel({ title, tone, children }: { title: string; tone: keyof typeof tones; children: React.ReactNode }) {
  return (
    <section aria-live="polite" className={`mx-auto flex max-w-2xl flex-col items-start gap-4 rounded-3xl border p-8 ${tones[tone]}`}>
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </section>
  );
}
