import type { ActiveFaults } from "../faults";
import type { Db } from "../store/db";
import { expireIfOverdue, settlePayment } from "../store/outcomes";
import type { PmsTransaction } from "../store/schema";
import { findTransactionByToken } from "../store/transactions";
import { decideCard, type CardDecision, type CardDetails } from "./test-cards";

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** What the payment pages act with: the database, the time of the request and the faults in effect. */
export type PageContext = { db: Db; now: Date; faults?: ActiveFaults };

export function isPaymentToken(token: string): boolean {
  return TOKEN.test(token);
}

/** The payment behind a paymentUrl token, with its timeout already applied. */
export async function loadPayment({ db, now, faults }: PageContext, token: string): Promise<PmsTransaction | undefined> {
  if (!isPaymentToken(token)) return undefined;
  const found = await findTransactionByToken(db, token);
  return found && expireIfOverdue(db, found, now, faults);
}

/**
 * The shopper's wallet says yes or no. A payment already final (paid
 * elsewhere, timed out) is returned as it is: the first outcome stands.
 */
export async function decidePayment(
  context: PageContext,
  token: string,
  outcome: "success" | "failure",
): Promise<PmsTransaction | undefined> {
  const payment = await loadPayment(context, token);
  if (!payment || payment.status !== "05") return payment;
  const result = await settlePayment(context.db, { transactionId: payment.id, outcome, now: context.now, faults: context.faults });
  return result.transaction ?? payment;
}

export type CardPayment = { payment: PmsTransaction | undefined; decision?: CardDecision };

/** Card details typed into the card form; only the test cards get an answer, and an expired one is declined. */
export async function payByCard(context: PageContext, token: string, card: CardDetails): Promise<CardPayment> {
  const payment = await loadPayment(context, token);
  if (!payment || payment.status !== "05") return { payment };
  const decision = decideCard(payment.type, card, context.now);
  if (decision === "success") return { payment: await decidePayment(context, token, "success"), decision };
  if (decision === "failure" || decision === "expired") return { payment: await decidePayment(context, token, "failure"), decision };
  return { payment, decision };
}

/** The sale's language for the page's `<html lang>`, read without settling anything. */
export async function loadPaymentLang(db: Db, token: string): Promise<string | undefined> {
  if (!isPaymentToken(token)) return undefined;
  return (await findTransactionByToken(db, token))?.lang;
}
