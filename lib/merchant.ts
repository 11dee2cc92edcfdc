import type { Locale } from "@/i18n/locales";

type Localized = Record<Locale, string>;

/**
 * Who the shop is and how to reach it: the one place the merchant's details are configured.
 * The footer, the contact, delivery, returns, privacy and terms pages, the pick-up address on
 * checkout, order pages and mail all read it. A merchant running this shop edits this file.
 */
export const merchant = {
  /** The brand: Chinese pages name it in Chinese beside the English (docs/i18n.md). */
  name: { en: "Harbour Goods", "zh-HK": "港灣好物", "zh-CN": "港湾好物" } satisfies Localized,
  legalName: "Harbour Goods Limited",
  /** Business Registration number, printed on the contact and terms pages. */
  businessRegistration: "71234567",
  /** The store, where pick-up orders wait; Chinese from large to small. */
  address: {
    en: "18 Harbour Road, Wan Chai, Hong Kong",
    "zh-HK": "香港灣仔港灣道 18 號",
    "zh-CN": "香港湾仔港湾道 18 号",
  } satisfies Localized,
  openingHours: {
    en: "Monday to Saturday, 11:00 to 19:00 (closed on public holidays)",
    "zh-HK": "星期一至六，上午 11 時至晚上 7 時（公眾假期休息）",
    "zh-CN": "周一至周六，11:00 至 19:00（公众假期休息）",
  } satisfies Localized,
  email: "hello@harbour.test",
  phone: "+852 2123 4567",
  /** Who answers data access and correction requests under the PDPO. */
  privacyEmail: "privacy@harbour.test",
  /** Business records are kept this long (Inland Revenue Ordinance, s. 51C). */
  recordsYears: 7,
  /** Unused goods may come back within this many days of delivery or collection. */
  returnDays: 14,
};

/** The brand as a Chinese page introduces it: "港灣好物 Harbour Goods"; English pages say "Harbour Goods". */
export function brandName(locale: Locale): string {
  return locale === "en" ? merchant.name.en : `${merchant.name[locale]} ${merchant.name.en}`;
}

/** The values a message naming the store takes: {store} and {address}, in the reader's language. */
export function storeValues(locale: Locale): { store: string; address: string } {
  return { store: brandName(locale), address: merchant.address[locale] };
}
