// @pms-kit/sandbox: a TTRetail PMS v1.7 sandbox (README.md).
export { createSandbox, type Sandbox, type SandboxDeps } from "./sandbox";
export { defaultTimings, paymentPageUrl, scanPageUrl, type Merchant, type SandboxConfig, type SandboxOptions, type SandboxTimings } from "./config";
export type { PmsOperationName } from "./api/handle-request";
export type { ConsoleData, FaultRow } from "./console/load";
export { openSandboxDatabase, type SandboxDatabase } from "./store/open";
export { migrateSandbox, readSandboxMigrationStatus, type SandboxMigrationStatus } from "./store/migrate";
export { pruneFinalTransactions } from "./store/prune";
export type { Db as SandboxDb } from "./store/db";
export type { PmsTransaction, PmsWebhookAttempt, PmsWebhookDelivery, PmsWebhookPayload } from "./store/schema";
export { anyHttpUrl, isUrlAllowed, onlyOrigins, type UrlPolicy } from "./url-policy";
export { faultNames, parseFaultList, type ActiveFaults, type FaultName } from "./faults";
export { computeSign } from "./sign";
export { getLogoDataUri } from "./logos";
export { renderQrSvg } from "./payment/qr";
export { buildReturnTarget } from "./payment/return-target";
export { isPaymentToken, type CardPayment } from "./payment/decide";
