/** Small formatting helpers for the payment pages and console. */

const thousands = new Intl.NumberFormat("en-US");

/** HK$ from integer cents, without floating point. */
export function formatAmount(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = String(Math.abs(cents % 100)).padStart(2, "0");
  return `HK$${thousands.format(whole)}.${rest}`;
}

/** `subject` and `seller` of an extendParam string; whatever else it holds is ignored. */
export function readExtendParam(text: string): { subject?: string; seller?: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return {};
    const { subject, seller } = value as Record<string, unknown>;
    return {
      subject: typeof subject === "string" && subject.trim() ? subject : undefined,
      seller: typeof seller === "string" && seller.trim() ? seller : undefined,
    };
  } catch {
    return {};
  }
}

const MOBILE = /Mobi|Android|iPhone|iPad|iPod|Windows Phone|MicroMessenger|AlipayClient|HarmonyOS/i;

export type PageLayout = "pc" | "mobile";

/**
 * PC or phone layout (docs/pms/NOTES.md #4): the browser opening the page decides when
 * it is a browser; otherwise the User-Agent the merchant forwarded on sales.
 * `?layout=pc|mobile` forces one, for trying both.
 */
export function choosePageLayout(forced: unknown, browserUa: string | null, saleUa: string): PageLayout {
  if (forced === "pc" || forced === "mobile") return forced;
  const ua = browserUa && /Mozilla\//.test(browserUa) ? browserUa : saleUa;
  return MOBILE.test(ua) ? "mobile" : "pc";
}

const hongKongTime = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Hong_Kong",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** `2026-11-25 21:05:03` in Hong Kong time. */
export function formatHongKongTime(date: Date | null): string {
  if (!date) return "—";
  return hongKongTime.format(date).replace(",", "");
}
