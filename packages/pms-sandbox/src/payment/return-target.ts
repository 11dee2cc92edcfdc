import type { PmsTransaction } from "../store/schema";

/**
 * Where the shopper's browser goes once the payment is final: the merchant's
 * returnUrl with rrn, txDatetime, type and amt set (its own parameters kept),
 * or the sandbox's result page when it gave none (the spec's "default PMS
 * result page").
 */
export function buildReturnTarget(
  transaction: Pick<PmsTransaction, "returnUrl" | "token" | "rrn" | "txDateTime" | "type" | "amt">,
): string {
  if (!transaction.returnUrl) return `/pms-payment/${encodeURIComponent(transaction.token)}/result`;
  const url = new URL(transaction.returnUrl);
  url.searchParams.set("rrn", transaction.rrn);
  url.searchParams.set("txDatetime", transaction.txDateTime);
  url.searchParams.set("type", transaction.type);
  url.searchParams.set("amt", String(transaction.amt));
  return url.toString();
}
