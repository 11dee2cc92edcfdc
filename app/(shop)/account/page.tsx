import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listSavedAddresses, listShopperOrders } from "@/lib/accounts/queries";
import { getShopperSession } from "@/lib/accounts/session";
import { DeleteAddressForm } from "./_components/delete-address-form";
import { ShopperSignOut } from "./_components/shopper-sign-out";
import { OrderList } from "../_components/order-list";

export const metadata: Metadata = { robots: { index: false } };

export default async function AccountPage() {
  const shopper = await getShopperSession();
  if (!shopper) redirect("/account/sign-in");
  const [t, orders, addresses] = await Promise.all([getTranslations(), listShopperOrders(shopper), listSavedAddresses(shopper)]);
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
        <OrderList orders={orders} empty={t("Account.noOrders")} />
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
