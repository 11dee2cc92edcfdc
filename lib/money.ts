const grouping = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * HK$ with two decimals, the same in every interface language (ICU spells
 * HKD differently per locale, and totals must read the same when the
 * shopper switches language). Input is integer cents.
 */
export function formatHkd(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new TypeError(`Amount must be integer cents, got ${cents}`);
  const sign = cents < 0 ? "-" : "";
  return `${sign}HK$${grouping.format(Math.abs(cents) / 100)}`;
}
