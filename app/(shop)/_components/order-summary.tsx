import Image from "next/image";
import { getLocale, getTranslations } from "next-intl/server";
import { itemName } from "@/lib/catalog/names";
import type { Order, OrderItem } from "@/lib/db/schema";
import { formatHkd } from "@/lib/money";
import { OrderBreakdown } from "./order-breakdown";

/** What the shopper bought, as the order recorded it (prices of the day), with the fee and the total charged. */
export async function OrderSummary({ order, items }: { order: Order; items: OrderItem[] }) {
  const [t, locale] = await Promise.all([getTranslations("Order"), getLocale()]);
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
      <div className="mt-3">
        <OrderBreakdown order={order} />
      </div>
    </section>
  );
}
