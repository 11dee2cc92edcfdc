import { z } from "zod";
import { parsePmsLang } from "./lang";
import { normalizeGwRefStatus } from "./status";
import {
  errorCodeSchema,
  expected,
  optionalResponseInt,
  optionalResponseText,
  responseInt,
  responseRrn,
  responseText,
} from "./schema-helpers";

// What PMS answers: tolerant (docs/pms/NOTES.md #10). Unknown fields pass through untouched, null and ""
// mean absent, digit strings count as numbers. Only fields we act on are required.

/** Parsed first: for a non-zero errorCode the other fields may be missing. */
export const pmsEnvelopeSchema = z.looseObject({
  errorCode: errorCodeSchema,
  errorMessage: optionalResponseText(),
});
export type PmsEnvelope = z.infer<typeof pmsEnvelopeSchema>;

const optionalLang = z.preprocess(parsePmsLang, z.enum(["en", "zh_hk", "zh_cn"]).optional());

// Only inline data: images. A remote logo URL would let PMS (or whoever answers for it)
// make shoppers' browsers fetch arbitrary addresses. In an <img>, SVG scripts do not run.
const base64Logo = z.preprocess(
  (value) => (typeof value === "string" && /^data:image\/[a-z0-9.+-]+[;,]/i.test(value.trim()) ? value.trim() : undefined),
  z.string().optional(),
);

export const pmsGatewaySchema = z
  .looseObject({
    type: responseText("type"),
    desc: optionalResponseText(),
    langDesc: optionalResponseText(),
    base64Logo,
  })
  .transform((gateway) => ({
    ...gateway,
    desc: gateway.desc ?? gateway.type,
    langDesc: gateway.langDesc ?? gateway.desc ?? gateway.type,
  }));
export type PmsGateway = z.infer<typeof pmsGatewaySchema>;

export const gatewayResponseSchema = z.looseObject({
  errorCode: errorCodeSchema,
  errorMessage: optionalResponseText(),
  // One broken entry should not hide the other payment methods: it is dropped, not fatal.
  gateways: z
    .array(z.unknown(), { error: expected("gateways", "an array") })
    .transform((items) =>
      items.flatMap((item) => {
        const parsed = pmsGatewaySchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
  extendParam: optionalResponseText(),
});
export type GatewayResponse = z.infer<typeof gatewayResponseSchema>;

// The fields sales and query answers share: what payment PMS is talking about.
const paymentAnswerFields = {
  errorCode: errorCodeSchema,
  errorMessage: optionalResponseText(),
  type: responseText("type"),
  rrn: responseRrn(),
  storeCode: optionalResponseText(),
  tillId: optionalResponseText(),
  txDateTime: responseText("txDateTime"),
  amt: responseInt("amt"),
  ccy: responseText("ccy"),
  lang: optionalLang,
};

export const salesResponseSchema = z.looseObject({
  ...paymentAnswerFields,
  // We send the shopper there, so only an absolute http(s) URL, never javascript: or data:.
  paymentUrl: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.url({ protocol: /^https?$/, error: expected("paymentUrl", "an absolute http(s) URL") }),
  ),
  gwRefCode: optionalResponseText(),
  gwErrorCode: optionalResponseText(),
  gwErrorMessage: optionalResponseText(),
  extendParam: optionalResponseText(),
  timeout: optionalResponseInt(),
});
export type SalesResponse = z.infer<typeof salesResponseSchema>;

export const queryResponseSchema = z.looseObject({
  ...paymentAnswerFields,
  gwRefStatus: z.preprocess(
    (value) => normalizeGwRefStatus(value) ?? value,
    z.string({ error: expected("gwRefStatus", "a string") }).min(1, "gwRefStatus must not be empty"),
  ),
  gwRefCode: optionalResponseText(),
  gwErrorCode: optionalResponseText(),
  gwErrorMessage: optionalResponseText(),
  orgRrn: optionalResponseText(),
  orgGwRefCode: optionalResponseText(),
  extendParam: optionalResponseText(),
});
export type QueryResponse = z.infer<typeof queryResponseSchema>;
