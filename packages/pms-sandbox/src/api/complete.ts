import { getDictionary } from "../dictionaries";
import { expireIfOverdue, settlePayment } from "../store/outcomes";
import { findTransactionByRrn } from "../store/transactions";
import type { OperationContext } from "./context";
import { otherError, paymentError } from "./errors";
import { parseFields } from "./parse-fields";
import { describeTransaction } from "./query";
import { completeRequestSchema } from "./requests";

/**
 * POST /tt-pms-ws/rest/sandbox/complete — the sandbox's test helper: decide a
 * pending payment (success, failure, timeout) or refund a successful one,
 * as a shopper or the console would. Answers like /online/query.
 */
export async function completePayment({ db, body, lang, now, faults }: OperationContext) {
  const request = parseFields(completeRequestSchema, body, "40002");
  const found = await findTransactionByRrn(db, request.rrn);
  if (!found) throw otherError((d) => d.api.unknownRrn(request.rrn));
  const current = await expireIfOverdue(db, found, now, faults);
  const result = await settlePayment(db, { transactionId: current.id, outcome: request.outcome, now, faults });
  if (!result.settled) {
    const status = result.transaction?.status ?? current.status;
    throw request.outcome === "refund"
      ? paymentError((d) => d.api.notRefundable(request.rrn, status))
      : paymentError((d) => d.api.notPending(request.rrn, status));
  }
  return describeTransaction(result.transaction, getDictionary(lang).api.success);
}
