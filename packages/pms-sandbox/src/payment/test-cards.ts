import type { PaymentType } from "../payment-types";

export type CardResult = "success" | "failure" | "no-answer";

export type TestCard = { number: string; brand: string; type: PaymentType; result: CardResult };

/** The card numbers that decide a card payment's outcome (see README.md). */
export const testCards: readonly TestCard[] = [
  { number: "4242424242424242", brand: "Visa", type: "VMPAY", result: "success" },
  { number: "5555555555554444", brand: "Mastercard", type: "VMPAY", result: "success" },
  { number: "4000000000000002", brand: "Visa", type: "VMPAY", result: "failure" },
  { number: "4000000000000119", brand: "Visa", type: "VMPAY", result: "no-answer" },
  { number: "6200000000000005", brand: "UnionPay", type: "UNIONPAY", result: "success" },
  { number: "6200000000000013", brand: "UnionPay", type: "UNIONPAY", result: "failure" },
  { number: "6200000000000047", brand: "UnionPay", type: "UNIONPAY", result: "no-answer" },
];

/** Refusals on the page (nothing changes) beside the issuer's own answers. */
export type CardDecision = CardResult | "unknown-card" | "wrong-brand" | "invalid-expiry" | "invalid-cvc" | "expired";

export type CardDetails = { number: string; expiry: string; cvc: string };

// Hong Kong has no daylight saving: a fixed offset gives the issuer's calendar month.
const HONG_KONG_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * What the "issuer" says to these card details for this payment method. A malformed expiry or CVC
 * is refused on the page; a well-formed expiry before the current month (Hong Kong time) is
 * declined, as a real issuer declines an expired card. Spaces and dashes in the number are ignored.
 */
export function decideCard(type: string, card: CardDetails, now: Date): CardDecision {
  const digits = card.number.replace(/[\s-]/g, "");
  const known = testCards.find((c) => c.number === digits);
  if (!known) return "unknown-card";
  if (known.type !== type) return "wrong-brand";
  const expiry = parseExpiry(card.expiry);
  if (!expiry) return "invalid-expiry";
  if (!/^\d{3}$/.test(card.cvc.trim())) return "invalid-cvc";
  if (isExpired(expiry, now)) return "expired";
  return known.result;
}

/** "MM/YY", "MM / YY", "MMYY" or "MM/YYYY"; undefined for anything else or a month outside 1–12. */
export function parseExpiry(input: string): { year: number; month: number } | undefined {
  const match = /^(\d{2})\s*\/?\s*(\d{2}|\d{4})$/.exec(input.trim());
  if (!match) return undefined;
  const month = Number(match[1]);
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** A card is good through the last day of its expiry month. */
function isExpired(expiry: { year: number; month: number }, now: Date): boolean {
  const hk = new Date(now.getTime() + HONG_KONG_OFFSET_MS);
  const current = hk.getUTCFullYear() * 12 + hk.getUTCMonth() + 1;
  return expiry.year * 12 + expiry.month < current;
}

export function formatCardNumber(number: string): string {
  return number.replace(/(\d{4})(?=\d)/g, "$1 ");
}

export function testCardsFor(type: string): TestCard[] {
  return testCards.filter((card) => card.type === type);
}
