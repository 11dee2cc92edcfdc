import Image from "next/image";
import { getLocale, getTranslations } from "next-intl/server";
import { itemName } from "@/lib/catalog/names";
import type { Order, OrderItem } from "@/lib/db/schema";
import { formatHkd } from "@/lib/money";

/** What the shopper bought, as the order recorded it (prices of the day), with the total charged. */
export async function OrderSummary({ order, items }: { order: Order; items: OrderItem[] }) {
  const [t, locale] = await Promise.all([getTranslations("Order"), getLocale()]);
  const subtotal = items.reduce((sum, item) => sum + item.lineTotalCents, 0);
  return (
    <section className="w-full" data-testid="order-summary">
      <h2 className="mb-2 font-semibold">{t("items")}</h2>
      <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
        {items.map((item) => (
          <li key={item.id} className="flex items-center gap-3 p-3 text-sm">
            <Image src={item.imagePath} alt="" width={40} height={40} className="h-10 w-10 rounded-lg bg-stone-100" />
            <span className="flex-1">
              {itemName(item.name, item.variantLabel, locale)} × {item.quantity}
            </span>
            <span className="tabular-nums">{formatHkd(item.lineTotalCents)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 flex flex-col gap-1 px-3 text-sm" data-testid="order-breakdown">
        {(subtotal !== order.totalCents || order.deliveryMethod) && (
          <div className="flex justify-between">
            <dt>{t("subtotal")}</dt>
            <dd className="tabular-nums">{formatHkd(subtotal)}</dd>
          </div>
        )}
        {/* Orders placed since checkout asks for delivery: the fee is part of the total. */}
        {order.deliveryMethod && (
          <div className="flex justify-between">
            <dt>{t("deliveryFee")}</dt>
            <dd className="tabular-nums">{order.deliveryFeeCents === 0 ? t("free") : formatHkd(order.deliveryFeeCents)}</dd>
          </div>
        )}
        <div className="flex justify-between text-base font-bold">
          <dt>{t("total")}</dt>
          <dd className="tabular-nums" data-testid="order-summary-total">
            {formatHkd(order.totalCents)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
