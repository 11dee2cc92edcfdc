import { getDictionary } from "../dictionaries";
import { langCode, parseLang, type SandboxLang } from "../lang";
import { asGwRefStatus } from "../status";
import { expireIfOverdue } from "../store/outcomes";
import type { PmsTransaction } from "../store/schema";
import { findTransactionByRrn } from "../store/transactions";
import type { OperationContext } from "./context";
import { otherError } from "./errors";
import { parseFields } from "./parse-fields";
import { queryRequestSchema } from "./requests";

/** POST /online/query: the payment's gwRefStatus, never stale (an overdue payment is expired first). */
export async function queryPayment({ db, body, now, faults }: OperationContext) {
  const query = parseFields(queryRequestSchema, body, "40002");
  const found = await findTransactionByRrn(db, query.rrn);
  if (!found) throw otherError((d) => d.api.unknownRrn(query.rrn));
  // Strict on identity: a client mixing up type or store should hear about it.
  for (const [field, expected, given] of [
    ["type", found.type, query.type],
    ["storeCode", found.storeCode, query.storeCode],
    ["tillId", found.tillId, query.tillId ?? found.tillId],
  ] as const) {
    if (expected !== given) throw otherError((d) => d.api.mismatch(query.rrn, field));
  }
  const transaction = await expireIfOverdue(db, found, now, faults);
  const message = query.lang ? getDictionary(query.lang).api.success : getDictionary("en").api.querySuccess;
  return describeTransaction(transaction, message);
}

/**
 * The spec's query response. For a refunded payment (04), gwRefCode is the
 * refund's reference and orgRrn / orgGwRefCode point at the payment refunded,
 * matching the refund's webhook.
 */
export function describeTransaction(row: PmsTransaction, errorMessage: string) {
  const status = asGwRefStatus(row.status);
  const refunded = status === "04";
  return {
    type: row.type,
    rrn: row.rrn,
    storeCode: row.storeCode,
    tillId: row.tillId,
    txDateTime: row.txDateTime,
    amt: row.amt,
    additionalAmt: 0,
    ccy: row.ccy,
    lang: langCode(parseLang(row.lang) ?? ("zh_hk" satisfies SandboxLang)),
    gwRefStatus: status,
    gwRefCode: refunded ? row.refundRefCode : row.gwRefCode,
    gwErrorCode: row.gwErrorCode,
    gwErrorMessage: row.gwErrorMessage,
    extendParam: row.extendParam,
    orgRrn: refunded ? row.rrn : "",
    orgGwRefCode: refunded ? row.gwRefCode : "",
    errorCode: "0",
    errorMessage,
  };
}
