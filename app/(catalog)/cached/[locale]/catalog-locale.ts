import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/locales";

export type LocaleParams = { params: Promise<{ locale: string }> };

/**
 * The language the proxy put in the path. Each layout and page passes it to
 * next-intl (setRequestLocale), so translations never read the cookie and the
 * page can be cached. Only the proxy makes these paths; anything else is a 404.
 */
export async function catalogLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
