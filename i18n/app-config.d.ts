import type { Locale } from "./locales";

// next-intl's getLocale()/useLocale() return our Locale union instead of string, so no page
// needs an `as Locale` cast.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
