import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { localeCookieName, resolveLocale } from "./locales";

// No locale in the URL: the shopper's choice lives in a cookie, so the
// returnUrl we give PMS stays the same whatever language they read.
export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(
    cookieStore.get(localeCookieName)?.value,
    headerStore.get("accept-language"),
  );
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: "Asia/Hong_Kong",
  };
});
