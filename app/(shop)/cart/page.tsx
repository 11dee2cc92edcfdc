import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentCart } from "@/lib/cart/queries";
import { itemName } from "@/lib/catalog/names";
import { isLineUnavailable, maxQuantityPerLine } from "@/lib/cart/cart-store";
import { formatHkd } from "@/lib/money";
import { CartLineControls } from "../_components/cart-line-controls";
import { NoticePanel } from "../_components/notice-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Cart"))("title") };
}

export default async function CartPage() {
  const [t, locale, cart] = await Promise.all([getTranslations("Cart"), getLocale(), getCurrentCart()]);
  if (cart.lines.length === 0) {
    return <NoticePanel title={t("title")} body={t("empty")} href="/" cta={t("emptyCta")} />;
  }
  return (
    <section className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div>
        <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
        <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {cart.lines.map((line) => {
            const name = itemName(line.product.name, line.variant.label, locale);
            return (
              <li key={line.variant.id} className="flex gap-4 p-4" data-testid="cart-line">
                <Image src={line.product.imagePath} alt="" width={96} height={96} className="h-20 w-20 rounded-xl bg-stone-100 sm:h-24 sm:w-24" />
                <div className="flex flex-1 flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <Link href={`/products/${line.product.slug}`} className="font-medium hover:text-harbour-700">
                      {name}
                    </Link>
                    <p className="text-sm text-stone-500">{formatHkd(line.variant.priceCents)}</p>
                    {line.previousPriceCents !== null && (
                      <p className="text-sm font-medium text-amber-800" data-testid="price-changed">
                        {t("priceChanged", { before: formatHkd(line.previousPriceCents), after: formatHkd(line.variant.priceCents) })}
                      </p>
                    )}
                    {isLineUnavailable(line) && (
                      <p className="text-sm font-medium text-amber-800" data-testid="no-longer-sold">
                        {t("noLongerSold")}
                      </p>
                    )}
                  </div>
                  <CartLineControls
                    variantId={line.variant.id}
                    name={name}
                    quantity={line.quantity}
                    max={Math.min(maxQuantityPerLine, line.variant.stock)}
                  />
                  <p className="font-semibold tabular-nums sm:w-28 sm:text-right" data-testid="line-total">
                    {formatHkd(line.lineTotalCents)}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      </div>
      <aside className="h-fit rounded-2xl border border-stone-200 bg-white p-6">
        <dl className="flex items-baseline justify-between">
          <dt className="text-stone-600">
            {t("subtotal")}{" "}
            <span className="text-sm">{locale === "en" ? `(${t("itemCount", { count: cart.itemCount })})` : `（${t("itemCount", { count: cart.itemCount })}）`}</span>
          </dt>
          <dd className="text-xl font-bold tabular-nums" data-testid="cart-subtotal">
            {formatHkd(cart.subtotalCents)}
          </dd>
        </dl>
        <Link
          href="/checkout"
          className="mt-5 block rounded-full bg-lantern-500 px-6 py-3 text-center font-semibold text-white hover:bg-lantern-600"
        >
          {t("checkout")}
        </Link>
        <Link href="/" className="mt-4 block text-center text-sm text-harbour-700 hover:underline">
          {t("continueShopping")}
        </Link>
      </aside>
    </section>
  );
}
