import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { isLocale, localeCookieName, resolveLocale, type Locale } from "./locales";

// No locale in the public URL: the shopper's choice lives in a cookie, so the
// returnUrl we give PMS stays the same whatever language they read. A cached
// catalog page is the exception that proves it: the proxy rewrote its URL to
// one naming the language, and the page passed it on with setRequestLocale,
// so it reads no cookie and can be rendered once for everyone (docs/decisions/009).
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : await localeOfRequest();
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: "Asia/Hong_Kong",
  };
});

async function localeOfRequest(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(localeCookieName)?.value, headerStore.get("accept-language"));
}
