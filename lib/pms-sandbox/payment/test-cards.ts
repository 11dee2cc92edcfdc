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

export type CardDecision = CardResult | "unknown-card" | "wrong-brand";

/** What the "issuer" says to this number for this payment method. Spaces and dashes are ignored. */
export function decideCard(type: string, input: string): CardDecision {
  const digits = input.replace(/[\s-]/g, "");
  const card = testCards.find((c) => c.number === digits);
  if (!card) return "unknown-card";
  return card.type === type ? card.result : "wrong-brand";
}

export function formatCardNumber(number: string): string {
  return number.replace(/(\d{4})(?=\d)/g, "$1 ");
}

export function testCardsFor(type: string): TestCard[] {
  return testCards.filter((card) => card.type === type);
}
