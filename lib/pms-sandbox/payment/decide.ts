import "server-only";
import type { PmsTransaction } from "@/lib/db/schema";
import { getDb } from "@/lib/db";
import { expireIfOverdue, settlePayment } from "../store/outcomes";
import { findTransactionByToken } from "../store/transactions";
import { decideCard, type CardDecision, type CardDetails } from "./test-cards";

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** The payment behind a paymentUrl token, with its timeout already applied. */
export async function loadPayment(token: string, now = new Date()): Promise<PmsTransaction | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const db = await getDb();
  const found = await findTransactionByToken(db, token);
  return found && expireIfOverdue(db, found, now);
}

/**
 * The shopper's wallet says yes or no. A payment already final (paid
 * elsewhere, timed out) is returned as it is: the first outcome stands.
 */
export async function decidePayment(
  token: string,
  outcome: "success" | "failure",
  now = new Date(),
): Promise<PmsTransaction | undefined> {
  const payment = await loadPayment(token, now);
  if (!payment || payment.status !== "05") return payment;
  const result = await settlePayment(await getDb(), { transactionId: payment.id, outcome, now });
  return result.transaction ?? payment;
}

export type CardPayment = { payment: PmsTransaction | undefined; decision?: CardDecision };

/** Card details typed into the card form; only the test cards get an answer, and an expired one is declined. */
export async function payByCard(token: string, card: CardDetails, now = new Date()): Promise<CardPayment> {
  const payment = await loadPayment(token, now);
  if (!payment || payment.status !== "05") return { payment };
  const decision = decideCard(payment.type, card, now);
  if (decision === "success") return { payment: await decidePayment(token, "success", now), decision };
  if (decision === "failure" || decision === "expired") return { payment: await decidePayment(token, "failure", now), decision };
  return { payment, decision };
}

/** The sale's language for the page's `<html lang>`, read without settling anything. */
export async function loadPaymentLang(token: string): Promise<string | undefined> {
  if (!TOKEN.test(token)) return undefined;
  return (await findTransactionByToken(await getDb(), token))?.lang;
}

/** The payment and the server time it was read at (the page's countdown starts from it). */
export async function loadPaymentWithClock(token: string): Promise<{ payment: PmsTransaction | undefined; nowMs: number }> {
  const now = new Date();
  return { payment: await loadPayment(token, now), nowMs: now.getTime() };
}
