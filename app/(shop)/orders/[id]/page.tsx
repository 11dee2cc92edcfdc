import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getShopperSession } from "@/lib/accounts/session";
import { readCartIdCookie } from "@/lib/cart/cart-cookie";
import { getOrderStoryForViewer } from "@/lib/orders/queries";
import { resultTokenCookieName } from "@/lib/orders/result-token";
import { OrderDelivery, OrderProgress } from "../../_components/order-breakdown";
import { OrderSummary } from "../../_components/order-summary";
import { orderReference } from "@/lib/orders/reference";
import { orderBadge, shopperTimeline } from "@/lib/orders/timeline";
import { OrderTimeline } from "../../_components/order-timeline";

export const metadata: Metadata = { referrer: "no-referrer", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function OrderPage({ params }: Props) {
  const { id } = await params;
  // A browser the wallet brought back holds the returnUrl's token in an httpOnly cookie
  // (lib/orders/result-token.ts); it never travels in this page's URL.
  const token = (await cookies()).get(resultTokenCookieName)?.value;
  const story = await getOrderStoryForViewer({ orderId: id, viewer: { cartId: await readCartIdCookie(), token, shopper: await getShopperSession() } });
  if (!story) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const { order, items, payments, events } = story;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const flags = payments.flatMap((payment) => (payment.flag ? [payment.flag] : []));
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("Order.title", { order: orderReference(order.id) })}</h1>
          <p className="text-sm text-stone-500">{t("Order.placed", { time: when(order.createdAt) })}</p>
        </div>
        <p className="rounded-full bg-harbour-50 px-4 py-1.5 font-semibold text-harbour-700" data-testid="order-status">
          {t(`OrderStatus.${orderBadge(order)}`)}
        </p>
      </header>
      {flags.length > 0 && (
        <ul role="status" className="flex flex-col gap-2">
          {[...new Set(flags)].map((flag) => (
            <li key={flag} className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="order-flag">
              {t(`Order.flag_${flag}`)}
            </li>
          ))}
        </ul>
      )}
      <OrderProgress order={order} />
      <OrderSummary order={order} items={items} />
      <OrderDelivery order={order} />
      <OrderTimeline steps={shopperTimeline(order, payments, events)} />
    </article>
  );
}
