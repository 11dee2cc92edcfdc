import { z } from "zod";
import {
  amtSchema,
  ccySchema,
  extendParamSchema,
  langSchema,
  noteSchema,
  optional,
  paymentTypeSchema,
  rrnSchema,
  textSchema,
  timestampSchema,
  txDateTimeSchema,
  urlSchema,
} from "../fields";
import { outcomes } from "../status";

/** The three fields every call carries (docs/pms/NOTES.md #2, #3). */
export const authFieldsSchema = z.object({
  apiKey: z.string().min(1).max(256),
  sign: z.string().min(1).max(256),
  timestamp: timestampSchema,
});
export type AuthFields = z.infer<typeof authFieldsSchema>;

export const gatewayRequestSchema = z.object({ lang: optional(langSchema) });
export type GatewayRequest = z.infer<typeof gatewayRequestSchema>;

// Unknown fields (tradeMode, deprecated) are ignored, as a tolerant server does.
export const salesRequestSchema = z.object({
  type: paymentTypeSchema,
  rrn: rrnSchema,
  storeCode: textSchema,
  tillId: textSchema,
  salesman: textSchema,
  txDateTime: txDateTimeSchema,
  amt: amtSchema,
  ccy: ccySchema,
  lang: langSchema,
  extendParam: optional(extendParamSchema),
  returnUrl: optional(urlSchema),
  webhookUrl: optional(urlSchema),
  cashier: optional(noteSchema),
  remarks: optional(noteSchema),
});
export type SalesRequest = z.infer<typeof salesRequestSchema>;

export const queryRequestSchema = z.object({
  type: paymentTypeSchema,
  rrn: rrnSchema,
  storeCode: textSchema,
  tillId: optional(textSchema),
  lang: optional(langSchema),
});
export type QueryRequest = z.infer<typeof queryRequestSchema>;

/** The sandbox's own test helper, /tt-pms-ws/rest/sandbox/complete. */
export const completeRequestSchema = z.object({
  rrn: rrnSchema,
  outcome: z.enum(outcomes),
  lang: optional(langSchema),
});
export type CompleteRequest = z.infer<typeof completeRequestSchema>;

/** The helper's resend: every notification of the payment is due again, with a fresh round of attempts. */
export const resendRequestSchema = z.object({ rrn: rrnSchema, lang: optional(langSchema) });

/** The helper's list: the newest transactions first, a page at a time (`before` is the previous page's `next`). */
export const listRequestSchema = z.object({
  limit: optional(z.number().int().min(1).max(100)),
  before: optional(z.iso.datetime({ offset: true })),
  lang: optional(langSchema),
});
