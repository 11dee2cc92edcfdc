import "server-only";
import type { Db } from "@/lib/db";
import type { Payment } from "@/lib/db/schema";
import { insertEvent } from "./events";
import { applyPaymentStatus } from "./state-writer";

/** PMS accepted the sale: the attempt is now pending at PMS, and we know its payment page. */
export async function recordSaleAccepted(
  db: Db,
  payment: Payment,
  sale: { paymentUrl: string; gwRefCode?: string | undefined; pmsTimeoutAt?: Date; answer: unknown },
): Promise<boolean> {
  const result = await applyPaymentStatus(db, {
    paymentId: payment.id,
    to: "pending",
    source: "sales",
    kind: "sale_accepted",
    pmsAnswer: sale.answer,
    gwRefCode: sale.gwRefCode,
    sale: { paymentUrl: sale.paymentUrl, ...(sale.pmsTimeoutAt && { pmsTimeoutAt: sale.pmsTimeoutAt }) },
  });
  return result.changed;
}

/**
 * PMS refused the sale, or we could not tell (timeout, garbage). Only a
 * clear refusal fails the attempt; an unclear answer leaves it `created`
 * for reconciliation to ask /online/query, because PMS may have taken it.
 */
export async function recordSaleFailed(
  db: Db,
  payment: Payment,
  failure: { definite: boolean; detail: string; answer?: unknown },
): Promise<void> {
  if (!failure.definite) {
    await insertEvent(db, payment, { kind: "sale_unanswered", source: "sales", detail: failure.detail, pmsAnswer: failure.answer });
    return;
  }
  await applyPaymentStatus(db, {
    paymentId: payment.id,
    to: "failed",
    source: "sales",
    kind: "sale_refused",
    detail: failure.detail,
    pmsAnswer: failure.answer,
  });
}
