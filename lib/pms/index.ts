import "server-only";

export {
  createPmsClient,
  getPmsClient,
  type CreateSaleInput,
  type PmsClient,
  type PmsClientDeps,
  type QueryFailureKind,
  type QueryPaymentInput,
} from "./client";
export {
  getPmsConfig,
  PmsConfigError,
  resolvePmsConfig,
  resolveSandboxCredentials,
  resolveSandboxEnabled,
  SANDBOX_API_KEY,
  SANDBOX_BASE_PATH,
  SANDBOX_SECRET,
  type PmsConfig,
  type PmsEnv,
} from "./config";
export type { PaymentAtPms, PaymentMethodAtPms, SaleAtPms } from "./reshape";
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
