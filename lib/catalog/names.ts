import type { Locale } from "@/i18n/locales";
import type { LocalizedText } from "@/lib/db/schema";

export function localizeText(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.en;
}

/** "Ding Ding T-shirt (L)": the product, and the variant when there is a choice. */
export function itemName(name: LocalizedText, variantLabel: LocalizedText | null | undefined, locale: Locale): string {
  const product = localizeText(name, locale);
  return variantLabel ? `${product} (${localizeText(variantLabel, locale)})` : product;
}
