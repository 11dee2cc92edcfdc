import "server-only";
import type { CardPayment, PmsTransaction } from "@pms-kit/sandbox";
import { getSandbox } from "./mount";

/** What the shop's payment pages ask of the mounted sandbox (app/(pms-sandbox)/pms-payment). */

export async function loadPayment(token: string): Promise<PmsTransaction | undefined> {
  return (await getSandbox()).payments.load(token);
}

/** The payment and the server time it was read at (the page's countdown starts from it). */
export async function loadPaymentWithClock(token: string): Promise<{ payment: PmsTransaction | undefined; nowMs: number }> {
  const nowMs = Date.now();
  return { payment: await loadPayment(token), nowMs };
}

export async function decidePayment(token: string, outcome: "success" | "failure"): Promise<PmsTransaction | undefined> {
  return (await getSandbox()).payments.decide(token, outcome);
}

export async function payByCard(token: string, card: { number: string; expiry: string; cvc: string }): Promise<CardPayment> {
  return (await getSandbox()).payments.payByCard(token, card);
}

export async function loadPaymentLang(token: string): Promise<string | undefined> {
  return (await getSandbox()).payments.lang(token);
}
