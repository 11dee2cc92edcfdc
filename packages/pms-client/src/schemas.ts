export { pmsPaymentTypes, isPmsPaymentType, type PmsPaymentType } from "./payment-types";
export * from "./request-schemas";
export * from "./response-schemas";
export * from "./webhook-schema";
export { describeIssues } from "./schema-helpers";
