import { isLocale, type Locale } from "@/i18n/locales";

/**
 * The error boundaries are client components and must work when the server
 * cannot: they carry these few words themselves instead of the message
 * catalog (which never ships to the browser), in the page's own language.
 */
const copy: Record<Locale, { title: string; body: string; retry: string; home: string }> = {
  en: {
    title: "Something went wrong",
    body: "We could not show this page. Your cart and any payment are safe; please try again.",
    retry: "Try again",
    home: "Go to the shop",
  },
  "zh-HK": {
    title: "出了點問題",
    body: "我們暫時無法顯示此頁。您的購物車和付款都安全，請再試一次。",
    retry: "再試一次",
    home: "返回商店",
  },
  "zh-CN": {
    title: "出了点问题",
    body: "我们暂时无法显示此页。您的购物车和付款都安全，请再试一次。",
    retry: "再试一次",
    home: "返回商店",
  },
};

export function errorCopy(lang: string | undefined) {
  return copy[isLocale(lang) ? lang : "en"];
}
