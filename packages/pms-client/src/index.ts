// The TTRetail PMS client: protocol only. No framework, no database, no environment:
// configuration and I/O (fetch, clock) are passed in.
export {
  createPmsClient,
  type CreateSaleInput,
  type PmsClient,
  type PmsClientConfig,
  type PmsClientDeps,
  type QueryFailureKind,
  type QueryPaymentInput,
} from "./client";
export type { PaymentAtPms, PaymentMethodAtPms, RawAnswer, SaleAtPms } from "./reshape";
export { acknowledgeWebhook, isWebhookAck, PMS_WEBHOOK_ACK, refuseWebhook } from "./webhook-reply";
export { buildExtendParam, parseExtendParam, type ExtendParam } from "./extend-param";
export { redactSecrets, type PmsFailure, type PmsFailureKind, type PmsResult } from "./failure";
export { parsePmsLang, pmsLangs, toPmsLang, type AppLocale, type PmsLang } from "./lang";
export * from "./schemas";
export { sign } from "./sign";
export {
  mapGwRefStatus,
  normalizeGwRefStatus,
  paymentStatusesFromPms,
  type MappedPmsStatus,
  type PaymentStatusFromPms,
} from "./status";
export { formatPmsDateTime, parsePmsDateTime } from "./time";
