import "server-only";
import { getDb } from "@/lib/db";
import type { EventSource, Payment } from "@/lib/db/schema";
import { getPmsClient, type PmsClient } from "@/lib/pms";
import { findAnswerMismatch } from "./answer-check";
import { insertEvent } from "./events";
import { markPmsAnswered } from "./reachability";
import { applyPaymentStatus, holdPaymentForReview, type ApplyResult } from "./state-writer";

export type ConfirmOutcome =
  | { kind: "applied"; result: ApplyResult }
  | { kind: "unchanged"; payment: Payment }
  | { kind: "held"; reason: string }
  | { kind: "unknown-at-pms"; detail: string }
  | { kind: "query-failed"; detail: string };

/**
 * The only road from PMS to our state: ask /online/query, check the answer
 * is about our rrn, amount, currency and store, then apply it. Webhooks,
 * the result page and reconciliation all come through here, so what a
 * browser or a webhook body claims never moves money state.
 */
export async function confirmPayment(input: {
  payment: Payment;
  source: EventSource;
  client?: PmsClient;
}): Promise<ConfirmOutcome> {
  const { payment, source } = input;
  const db = await getDb();
  const client = input.client ?? getPmsClient();
  const answer = await client.queryPayment({ type: payment.method, rrn: payment.rrn });
  if (!answer.ok) {
    if (answer.failure.kind === "unknown-payment") {
      if (payment.pmsUnreachableSince) await markPmsAnswered(db, payment, source);
      return { kind: "unknown-at-pms", detail: answer.failure.detail };
    }
    return { kind: "query-failed", detail: answer.failure.detail };
  }
  // PMS answered: whatever it said, it can be asked again.
  if (payment.pmsUnreachableSince) await markPmsAnswered(db, payment, source);
  const facts = answer.data;
  const mismatch = findAnswerMismatch(payment, facts);
  if (mismatch) {
    await holdPaymentForReview(db, { paymentId: payment.id, source, reason: mismatch, pmsAnswer: facts.raw });
    return { kind: "held", reason: mismatch };
  }
  if (facts.undocumentedStatus !== undefined) {
    await insertEvent(db, payment, {
      kind: "unknown_pms_status",
      source,
      detail: `PMS status ${facts.undocumentedStatus} is not documented; treated as pending`,
      pmsAnswer: facts.raw,
    });
  }
  const target = facts.status === "pending" ? (payment.status === "created" ? "pending" : undefined) : facts.status;
  if (!target) return { kind: "unchanged", payment };
  const result = await applyPaymentStatus(db, {
    paymentId: payment.id,
    to: target,
    source,
    pmsAnswer: facts.raw,
    gwRefCode: facts.gatewayRef,
  });
  return result.changed ? { kind: "applied", result } : { kind: "unchanged", payment: result.payment ?? payment };
}
