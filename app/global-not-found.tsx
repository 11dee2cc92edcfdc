import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import "./globals.css";
import { NoticePanel } from "./(shop)/_components/notice-panel";
import { ShopChrome } from "./(shop)/_components/shop-chrome";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Errors");
  return { title: t("notFoundTitle"), robots: { index: false } };
}

/**
 * Any URL no route matches (the app has several root layouts, so no one layout's not-found can
 * serve). Inside the shop's chrome, header, search and footer, like every other shop page; the
 * cart count is the browser's to fill in, as on a cached catalog page.
 */
export default async function GlobalNotFound() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Errors")]);
  return (
    <html lang={locale}>
      <body className="shop flex min-h-screen flex-col">
        <ShopChrome locale={locale} cartCount={null}>
          <NoticePanel title={t("notFoundTitle")} body={t("notFoundBody")} href="/" cta={t("goHome")} />
        </ShopChrome>
      </body>
    </html>
  );
}
