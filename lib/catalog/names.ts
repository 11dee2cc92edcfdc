import type { Locale } from "@/i18n/locales";
import type { LocalizedText } from "@/lib/db/schema";

export function localizeText(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.en;
}

/** "Ding Ding T-shirt (L)", "叮叮T恤（L）": the product, and the variant when there is a choice, in the language's brackets. */
export function itemName(name: LocalizedText, variantLabel: LocalizedText | null | undefined, locale: Locale): string {
  const product = localizeText(name, locale);
  if (!variantLabel) return product;
  const variant = localizeText(variantLabel, locale);
  return locale === "en" ? `${product} (${variant})` : `${product}（${variant}）`;
}
