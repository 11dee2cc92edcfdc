import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import "./globals.css";
import { NoticePanel } from "./(shop)/_components/notice-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Errors");
  return { title: t("notFoundTitle"), robots: { index: false } };
}

/** Any URL no route matches (the app has several root layouts, so no one layout's not-found can serve). */
export default async function GlobalNotFound() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Errors")]);
  return (
    <html lang={locale}>
      <body className="shop flex min-h-screen flex-col">
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          <NoticePanel title={t("notFoundTitle")} body={t("notFoundBody")} href="/" cta={t("goHome")} />
        </main>
      </body>
    </html>
  );
}
