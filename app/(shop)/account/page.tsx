import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { listSavedAddresses, listShopperOrders } from "@/lib/accounts/queries";
import { getShopperSession } from "@/lib/accounts/session";
import { orderReference } from "@/lib/mail/outbox";
import { formatHkd } from "@/lib/money";
import { DeleteAddressForm } from "./_components/delete-address-form";
import { ShopperSignOut } from "./_components/shopper-sign-out";
import { shortOrderStatus } from "../_components/order-breakdown";

export const metadata: Metadata = { robots: { index: false } };

export default async function AccountPage() {
  const shopper = await getShopperSession();
  if (!shopper) redirect("/account/sign-in");
  const [t, format, orders, addresses] = await Promise.all([getTranslations(), getFormatter(), listShopperOrders(shopper), listSavedAddresses(shopper)]);
  return (
    <section className="flex flex-col gap-8">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("Account.title")}</h1>
          <p className="text-sm text-stone-600" data-testid="signed-in-as">
            {t("Account.signedInAs", { email: shopper.email })}
          </p>
        </div>
        <ShopperSignOut label={t("Account.signOut")} />
      </header>
      <section>
        <h2 className="mb-3 font-semibold">{t("Account.orders")}</h2>
        {orders.length === 0 ? (
          <p className="text-stone-600">{t("Account.noOrders")}</p>
        ) : (
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
        )}
      </section>
      <section>
        <h2 className="mb-3 font-semibold">{t("Account.addresses")}</h2>
        {addresses.length === 0 ? (
          <p className="text-stone-600">{t("Account.noAddresses")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {addresses.map((address) => (
              <li key={address.id} className="flex flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-4 text-sm">
                <address className="not-italic">
                  {[address.name, address.line1, address.line2, address.district].filter(Boolean).map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
                  <span className="block">{t(`Checkout.regions.${address.region}` as "Checkout.regions.kowloon")}</span>
                </address>
                <DeleteAddressForm addressId={address.id} label={t("Account.deleteAddress", { name: address.name })} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
