export const locales = ["en", "zh-HK", "zh-CN"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const localeCookieName = "NEXT_LOCALE";

export const localeLabels: Record<Locale, string> = {
  en: "English",
  "zh-HK": "繁體中文 (香港)",
  "zh-CN": "简体中文",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * The saved choice wins; otherwise the first Accept-Language entry we can
 * serve. Any Traditional Chinese (zh-TW, zh-Hant) reads best as zh-HK, any
 * other Chinese as zh-CN.
 */
export function resolveLocale(saved: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(saved)) return saved;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("en")) return "en";
    if (/^zh-(hk|mo|tw|hant)/.test(tag)) return "zh-HK";
    if (tag.startsWith("zh")) return "zh-CN";
  }
  return defaultLocale;
}
