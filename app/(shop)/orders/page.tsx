import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { readCartIdCookie } from "@/lib/cart/cart-cookie";
import { formatHkd } from "@/lib/money";
import { listOrdersForCart } from "@/lib/orders/queries";
import { shortOrderStatus } from "../_components/order-breakdown";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Order"))("listTitle"), robots: { index: false } };
}

export default async function OrdersPage() {
  const [t, format, orders] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listOrdersForCart({ cartId: await readCartIdCookie() }),
  ]);
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("Order.listTitle")}</h1>
      {orders.length === 0 ? (
        <p className="text-stone-600">{t("Order.listEmpty")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {orders.map((order) => (
            <li key={order.id}>
              <Link href={`/orders/${order.id}`} className="flex flex-wrap justify-between gap-2 p-4 hover:bg-stone-50">
                <span className="font-medium">
                  {t("Order.open", {
                    order: order.id.slice(0, 8).toUpperCase(),
                    total: formatHkd(order.totalCents),
                    status: shortOrderStatus(order, t),
                  })}
                </span>
                <span className="text-sm text-stone-500">{format.dateTime(order.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
