import type { Locale } from "@/i18n/locales";
import type { DeliveryAddress } from "./delivery";

/**
 * An address's lines in the order its reader expects: English from small to large (name,
 * street, district, region); Chinese from large to small (region, district, street), the
 * recipient first on a line of their own, as on a Hong Kong envelope. `regionName` is the
 * region already in the reader's language.
 */
export function addressLines(address: DeliveryAddress, locale: Locale, regionName: string): string[] {
  const street = [address.line1, address.line2].filter((line): line is string => Boolean(line));
  const lines = locale === "en" ? [...street, address.district, regionName] : [regionName, address.district, ...street.reverse()];
  return [address.name, ...lines];
}

/** The same address on one line: commas in English, no separators in Chinese, large to small. */
export function addressOneLine(address: DeliveryAddress, locale: Locale, regionName: string): string {
  const [name, ...rest] = addressLines(address, locale, regionName);
  return locale === "en" ? [name, ...rest].join(", ") : `${rest.join(" ")}，收件人：${name}`;
}
