import type { DeliveryMethod, DeliveryRegion } from "@/lib/checkout/delivery";
import type { FulfilmentKind } from "@/lib/db/schema/orders";

/** How the back office (English only) names an order's delivery and fulfilment, in the list and the CSV. */
export const regionLabels: Record<DeliveryRegion, string> = {
  "hk-island": "Hong Kong Island",
  kowloon: "Kowloon",
  "new-territories": "New Territories",
  "outlying-islands": "Outlying Islands",
};

export const deliveryLabels: Record<DeliveryMethod, string> = { courier: "Courier", pickup: "Pick-up" };

export const fulfilmentLabels: Record<FulfilmentKind, string> = { shipped: "Shipped", ready_for_pickup: "Ready for pick-up" };

/** The fulfilment's label, or "Collected" once the shopper took a pick-up order; "" while it waits. */
export function fulfilmentLabel(row: { fulfilment: FulfilmentKind | null; collectedAt: Date | null }): string {
  if (!row.fulfilment) return "";
  return row.collectedAt ? "Collected" : fulfilmentLabels[row.fulfilment];
}

const hkParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Hong_Kong",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** "2025-03-01 08:30:00" in Hong Kong time: sorts as text, and spreadsheets read it as a date. */
export function formatHkDateTime(date: Date): string {
  const part = Object.fromEntries(hkParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

/** The Hong Kong calendar day of an instant, YYYY-MM-DD (UTC+8 all year). */
export function hongKongDate(date: Date): string {
  return new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Integer cents as a plain decimal ("158.00"), for a spreadsheet to add up; no float on the way. */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new TypeError(`Amount must be integer cents, got ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
