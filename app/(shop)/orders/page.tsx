import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listShopperOrders } from "@/lib/accounts/queries";
import { getShopperSession } from "@/lib/accounts/session";
import { readCartIdCookie } from "@/lib/cart/cart-cookie";
import { listOrdersForCart } from "@/lib/orders/queries";
import { OrderList } from "../_components/order-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Order"))("listTitle"), robots: { index: false } };
}

/**
 * This browser's orders, or a signed-in shopper's from any device. Signed out, a new browser
 * is never a dead end: it offers signing in and "find my order".
 */
export default async function OrdersPage() {
  const shopper = await getShopperSession();
  const [t, orders] = await Promise.all([
    getTranslations(),
    shopper ? listShopperOrders(shopper) : listOrdersForCart({ cartId: await readCartIdCookie() }),
  ]);
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("Order.listTitle")}</h1>
      <OrderList orders={orders} empty={t("Order.listEmpty")} />
      {!shopper && (
        <div className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-5" data-testid="orders-elsewhere">
          <p className="text-stone-700">{t("Order.listSignedOut")}</p>
          <div className="flex flex-wrap gap-3">
            <Link href="/account/sign-in?callbackUrl=%2Forders" className="rounded-full bg-harbour-600 px-6 py-2.5 font-semibold text-white hover:bg-harbour-700">
              {t("Order.notFoundSignIn")}
            </Link>
            <Link href="/account/find-order" className="rounded-full border border-harbour-600 px-6 py-2.5 font-semibold text-harbour-700 hover:bg-harbour-50">
              {t("Order.notFoundFind")}
            </Link>
          </div>
        </div>
      )}
    </section>
  );
}
