import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { findLatestAddress } from "@/lib/accounts/queries";
import { getShopperSession } from "@/lib/accounts/session";
import { readCartIdCookie } from "@/lib/cart/cart-cookie";
import { getCurrentCart } from "@/lib/cart/queries";
import { itemName } from "@/lib/catalog/names";
import { isLineUnavailable, linesShortOfStock } from "@/lib/cart/cart-store";
import { detailsToFields, type DetailField } from "@/lib/checkout/details";
import { loadCheckoutDetails } from "@/lib/checkout/details-store";
import { getPaymentMethods } from "@/lib/checkout/payment-methods";
import { formatHkd } from "@/lib/money";
import { CheckoutForm } from "../_components/checkout-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Checkout"))("title") };
}

export default async function CheckoutPage() {
  const [t, locale, cart] = await Promise.all([getTranslations(), getLocale(), getCurrentCart()]);
  if (cart.lines.length === 0) redirect("/cart");
  const [methods, saved] = await Promise.all([
    getPaymentMethods({ locale }),
    loadCheckoutDetails(await readCartIdCookie()).then(async (fromCart) => (fromCart ? detailsToFields(fromCart) : await fromAccount())),
  ]);
  const lines = (
    <ul className="flex flex-col gap-2 text-sm">
      {cart.lines.map((line) => (
        <li key={line.variant.id} className="flex justify-between gap-3">
          <span>
            {itemName(line.product.name, line.variant.label, locale)} × {line.quantity}
          </span>
          <span className="tabular-nums">{formatHkd(line.lineTotalCents)}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("Checkout.title")}</h1>
      {linesShortOfStock(cart).map((line) => (
        <p key={line.variant.id} role="alert" className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-sm">
          {isLineUnavailable(line)
            ? t("Checkout.noLongerSold", { name: itemName(line.product.name, line.variant.label, locale) })
            : t("Checkout.shortOfStock", { name: itemName(line.product.name, line.variant.label, locale), count: line.variant.stock })}
        </p>
      ))}
      {methods.ok ? (
        <CheckoutForm methods={methods.methods} itemsCents={cart.subtotalCents} initial={saved} summary={lines} />
      ) : (
        <div className="grid gap-8 lg:grid-cols-[1fr_24rem] lg:items-start">
          <div role="alert" className="flex flex-col items-start gap-3 rounded-2xl border border-amber-300 bg-amber-50 p-5">
            <p>{t("Checkout.methodsUnavailable")}</p>
            <p className="text-sm text-stone-600">{t(`PmsErrors.${methods.reason}`)}</p>
            <Link href="/checkout" className="rounded-full bg-harbour-600 px-5 py-2 font-semibold text-white">
              {t("Checkout.retry")}
            </Link>
          </div>
          {/* No delivery can be chosen without the form, so no fee or total: the items only. */}
          <aside className="rounded-2xl border border-stone-200 bg-white p-6">
            <h2 className="mb-3 font-semibold">{t("Checkout.summary")}</h2>
            {lines}
            <dl className="mt-4 flex justify-between border-t border-stone-200 pt-4 font-bold">
              <dt>{t("Checkout.items")}</dt>
              <dd className="tabular-nums">{formatHkd(cart.subtotalCents)}</dd>
            </dl>
          </aside>
        </div>
      )}
    </section>
  );
}

/** A signed-in shopper with no details on this cart yet starts from their email and latest saved address. */
async function fromAccount(): Promise<Partial<Record<DetailField, string>>> {
  const shopper = await getShopperSession();
  if (!shopper) return {};
  const address = await findLatestAddress(shopper);
  return address ? detailsToFields({ email: shopper.email, delivery: "courier", address }) : { email: shopper.email };
}
