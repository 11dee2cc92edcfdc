import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listSavedAddresses, listShopperOrders } from "@/lib/accounts/queries";
import { getShopperSession } from "@/lib/accounts/session";
import type { DeliveryRegion } from "@/lib/checkout/delivery";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { addressLines } from "@/lib/checkout/address-lines";
import { CloseAccountForm } from "./_components/close-account-form";
import { DeleteAddressForm } from "./_components/delete-address-form";
import { ShopperSignOut } from "./_components/shopper-sign-out";
import { OrderList } from "../_components/order-list";

export const metadata: Metadata = { robots: { index: false } };

export default async function AccountPage() {
  const shopper = await getShopperSession();
  if (!shopper) redirect("/account/sign-in");
  const [t, locale, orders, addresses] = await Promise.all([getTranslations(), getLocale(), listShopperOrders(shopper), listSavedAddresses(shopper)]);
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
                <address className="not-italic" data-testid="saved-address">
                  {addressLines(
                    { ...address, line2: address.line2 ?? undefined, region: address.region as DeliveryRegion },
                    locale,
                    t(`Checkout.regions.${address.region}` as "Checkout.regions.kowloon"),
                  ).map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
                </address>
                <DeleteAddressForm addressId={address.id} label={t("Account.deleteAddress", { name: address.name })} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-5">
        <h2 className="font-semibold">{t("Account.dataHeading")}</h2>
        <p className="text-sm text-stone-700">
          {t("Account.dataIntro")}{" "}
          <Link href="/privacy" className="text-harbour-700 underline">
            {t("Account.privacyLink")}
          </Link>
        </p>
        {/* A plain link: the browser saves the file; no script needed. */}
        <a href="/account/data.json" download className="self-start rounded-full bg-harbour-600 px-5 py-2 text-sm font-semibold text-white hover:bg-harbour-700">
          {t("Account.download")}
        </a>
        <h3 className="mt-2 font-semibold">{t("Account.closeHeading")}</h3>
        <CloseAccountForm labels={{ confirm: t("Account.closeConfirm"), submit: t("Account.closeSubmit"), closing: t("Account.closing") }} />
      </section>
    </section>
  );
}
