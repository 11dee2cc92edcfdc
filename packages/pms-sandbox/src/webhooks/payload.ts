import type { PmsTransaction, PmsWebhookPayload } from "../store/schema";

/**
 * The spec's notification body (note `amount` and `txDatetime`). It carries
 * no status: the merchant must ask /online/query (docs/pms/NOTES.md #17). A refund is a
 * new notification for the same rrn, with the refund's own gwRefCode and
 * orgRrn = the rrn of the payment it refunds.
 */
export function buildWebhookPayload(transaction: PmsTransaction, event: string): PmsWebhookPayload {
  const isRefund = event === "04";
  return {
    storeCode: transaction.storeCode,
    tillId: transaction.tillId,
    type: transaction.type,
    rrn: transaction.rrn,
    amount: transaction.amt,
    gwRefCode: isRefund ? transaction.refundRefCode : transaction.gwRefCode,
    txDatetime: transaction.txDateTime,
    salesman: transaction.salesman,
    orgRrn: isRefund ? transaction.rrn : "",
  };
}

const specOrder = ["storeCode", "tillId", "type", "rrn", "amount", "gwRefCode", "txDatetime", "salesman", "orgRrn"] as const;

/** JSON in the spec's field order (jsonb storage forgets the order). */
export function serializeWebhookPayload(payload: PmsWebhookPayload): string {
  return JSON.stringify(Object.fromEntries(specOrder.map((key) => [key, payload[key]])));
}
