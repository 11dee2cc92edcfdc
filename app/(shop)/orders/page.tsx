import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { readCartIdCookie } from "@/lib/cart/cart-cookie";
import { listOrdersForCart } from "@/lib/orders/queries";
import { OrderList } from "../_components/order-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Order"))("listTitle"), robots: { index: false } };
}

export default async function OrdersPage() {
  const [t, orders] = await Promise.all([getTranslations(), listOrdersForCart({ cartId: await readCartIdCookie() })]);
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("Order.listTitle")}</h1>
      <OrderList orders={orders} empty={t("Order.listEmpty")} />
    </section>
  );
}
