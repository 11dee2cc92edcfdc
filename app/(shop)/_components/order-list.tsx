import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Order } from "@/lib/db/schema";
import { formatHkd } from "@/lib/money";
import { orderReference } from "@/lib/orders/reference";
import { shortOrderStatus } from "./order-breakdown";

/** A shopper's orders, newest first as given, each a link to its page; `empty` when there are none. */
export async function OrderList({ orders, empty }: { orders: Order[]; empty: string }) {
  if (orders.length === 0) return <p className="text-stone-600">{empty}</p>;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
      {orders.map((order) => (
        <li key={order.id}>
          <Link href={`/orders/${order.id}`} className="flex flex-wrap justify-between gap-2 p-4 hover:bg-stone-50">
            <span className="font-medium">
              {t("Order.open", { order: orderReference(order.id), total: formatHkd(order.totalCents), status: shortOrderStatus(order, t) })}
            </span>
            <span className="text-sm text-stone-500">{format.dateTime(order.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
