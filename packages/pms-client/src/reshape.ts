import { isPmsPaymentType, type PmsPaymentType } from "./payment-types";
import type { GatewayResponse, QueryResponse, SalesResponse } from "./response-schemas";
import { mapGwRefStatus, type PaymentStatusFromPms } from "./status";

// What the rest of the shop gets from PMS: our names and types, never the wire's. Like a
// storefront's commerce adapter, only this module knows that PMS says amt, ccy, gwRefStatus.

/** Kept for the record, deliberately opaque: the shop acts on the typed fields, never on these. */
export type RawAnswer = Readonly<Record<string, unknown>>;

/**
 * A payment method the shop can offer. `label` is PMS's name for it in the language asked for;
 * PMS's English-only `desc` is left out: it only ever restated the name, in another language.
 */
export type PaymentMethodAtPms = { type: PmsPaymentType; label: string; logo: string | undefined };

/** A sale PMS accepted: where to send the shopper. */
export type SaleAtPms = {
  paymentUrl: string;
  gatewayRef: string | undefined;
  /** How long PMS keeps the payment open, when its answer says (docs/pms/NOTES.md #14). */
  openForSeconds: number | undefined;
  /** The answer as PMS sent it, for the payment's event log only. */
  raw: RawAnswer;
};

/** What PMS knows about one of our payments (the /online/query answer). */
export type PaymentAtPms = {
  rrn: string;
  amountCents: number;
  currency: string;
  storeCode: string | undefined;
  status: PaymentStatusFromPms;
  /** PMS's status code when the spec does not document it; `status` is then "pending" (docs/pms/NOTES.md #13). */
  undocumentedStatus?: string;
  gatewayRef: string | undefined;
  /** The answer as PMS sent it, for the payment's event log only. */
  raw: RawAnswer;
};

/** A method we do not know cannot be paid with safely, so it is left out. */
export function reshapeGateways(answer: GatewayResponse): PaymentMethodAtPms[] {
  return answer.gateways.flatMap((gateway) =>
    isPmsPaymentType(gateway.type)
      ? [{ type: gateway.type, label: gateway.langDesc, logo: gateway.base64Logo }]
      : [],
  );
}

export function reshapeSale(answer: SalesResponse): SaleAtPms {
  const seconds = answer.timeout;
  return {
    paymentUrl: answer.paymentUrl,
    gatewayRef: answer.gwRefCode,
    openForSeconds: typeof seconds === "number" && seconds > 0 ? seconds : undefined,
    raw: answer,
  };
}

export function reshapePayment(answer: QueryResponse): PaymentAtPms {
  const { status, known } = mapGwRefStatus(answer.gwRefStatus);
  return {
    rrn: answer.rrn,
    amountCents: answer.amt,
    currency: answer.ccy,
    storeCode: answer.storeCode,
    status,
    ...(!known && { undocumentedStatus: answer.gwRefStatus }),
    gatewayRef: answer.gwRefCode,
    raw: answer,
  };
}
