import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { env } from "@/lib/env";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * What every shop page shows around its content, shared by the shop's layout
 * (rendered per request) and the cached catalog's (docs/decisions/009).
 * No next-intl client provider: client components get their labels
 * translated, as props, so no message catalog or i18n library ships to the browser.
 */
export function ShopChrome({ locale, cartCount, children }: { locale: Locale; cartCount: number | null; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader locale={locale} cartCount={cartCount} />
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">{children}</main>
      <SiteFooter locale={locale} />
    </>
  );
}

export async function shopMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    metadataBase: new URL(env.APP_URL),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
  };
}
