import type { Locale } from "./locales";

// next-intl's getLocale()/useLocale() return our Locale union instead of string, so no page
// needs an `as Locale` cast. AppConfig is declared in use-intl (next-intl re-exports it);
// augmenting "next-intl" was silently dropped (skipLibCheck hides it) once no file imported
// next-intl's client entry.
declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
