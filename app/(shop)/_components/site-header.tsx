import Image from "next/image";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { CartCountClient } from "./cart-count.client";
import { LanguageSwitcher } from "./language-switcher";

/**
 * cartCount: the shopper's count on a page rendered per request; null on a
 * cached catalog page, whose HTML is the same for everyone, so the browser
 * fills it in (docs/decisions/009).
 */
export async function SiteHeader({ locale, cartCount }: { locale: Locale; cartCount: number | null }) {
  const t = await getTranslations({ locale, namespace: "Header" });
  return (
    <header className="sticky top-0 z-10 border-b border-stone-200 bg-white/95 backdrop-blur">
      {/*
        DOM order is the wide screen's reading order (brand, search, links and language, cart). A phone
        regroups the same items into rows with `order`: brand and cart, links and language, search.
        Nothing is hidden on a phone, and no label may break inside a word.
      */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6 lg:flex-nowrap lg:gap-x-6">
        <Link href="/" className="order-1 flex items-center gap-2 text-lg font-semibold whitespace-nowrap text-harbour-900 lg:order-none">
          <Image src="/logo.svg" alt="" width={32} height={32} priority />
          {t("home")}
        </Link>
        <form role="search" action="/search" method="get" className="order-4 flex w-full items-center gap-2 lg:order-none lg:w-auto lg:flex-1 lg:justify-center">
          <label htmlFor="site-search" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            maxLength={80}
            placeholder={t("searchPlaceholder")}
            className="w-full min-w-0 rounded-full border border-stone-300 bg-white px-4 py-1.5 text-sm lg:max-w-xs"
          />
          <button
            type="submit"
            className="shrink-0 rounded-full border border-harbour-600 px-3 py-1.5 text-sm font-medium whitespace-nowrap text-harbour-700 hover:bg-harbour-50"
          >
            {t("search")}
          </button>
        </form>
        <div className="order-3 flex w-full items-center justify-between gap-4 lg:order-none lg:w-auto">
          <nav aria-label={t("mainNav")} className="flex items-center gap-4 text-sm whitespace-nowrap">
            <Link href="/" className="text-stone-700 hover:text-harbour-700">
              {t("catalog")}
            </Link>
            <Link href="/orders" className="text-stone-700 hover:text-harbour-700">
              {t("orders")}
            </Link>
            <Link href="/account" className="text-stone-700 hover:text-harbour-700">
              {t("account")}
            </Link>
          </nav>
          <LanguageSwitcher current={locale} />
        </div>
        <Link
          href="/cart"
          className="relative order-2 ml-auto flex shrink-0 items-center gap-2 rounded-full bg-harbour-600 px-4 py-2 text-sm font-medium whitespace-nowrap text-white hover:bg-harbour-700 lg:order-none lg:ml-0"
        >
          <CartIcon />
          {/* The name comes from content, not aria-label, so it never contradicts what is shown (WCAG 2.5.3). */}
          {cartCount === null ? (
            <CartCountClient cartLabel={t("cart")} />
          ) : (
            <>
              <span className="sr-only">{t("cartCount", { count: cartCount })}</span>
              <span aria-hidden="true">{t("cart")}</span>
              <span
                data-testid="cart-count"
                aria-hidden="true"
                className="min-w-6 rounded-full bg-white px-1.5 text-center text-xs font-bold text-harbour-700"
              >
                {cartCount}
              </span>
            </>
          )}
        </Link>
      </div>
    </header>
  );
}

function CartIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M3 4h2l2.4 10.2a2 2 0 0 0 2 1.6h7.2a2 2 0 0 0 2-1.5L20 8H6.2" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="10" cy="20" r="1.4" />
      <circle cx="17" cy="20" r="1.4" />
    </svg>
  );
}
