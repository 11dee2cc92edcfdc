import { z } from "zod";
import { parsePmsLang, pmsLangs, type PmsLang } from "./lang";
import { pmsPaymentTypes } from "./payment-types";
import { parseExtendParam } from "./extend-param";
import { parsePmsDateTime } from "./time";
import { digitsToNumber, expected } from "./schema-helpers";

// What PMS (our sandbox) accepts: tolerant where the vendor is loose (timestamp type, lang
// spelling, null for absent, unknown fields), but every mandatory field is checked for type
// and format with a message that names it, so a client bug is obvious in the sandbox answer.

const absentIfNull = (value: unknown) => (value === null ? undefined : value);
const absentIfBlank = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

const requiredText = (field: string, max = 64) =>
  z.preprocess(
    absentIfNull,
    z
      .string({ error: expected(field, "a string") })
      .trim()
      .min(1, `${field} must not be empty`)
      .max(max, `${field} must be at most ${max} characters`),
  );

const optionalText = (field: string, max = 255) =>
  z.preprocess(
    absentIfBlank,
    z.string({ error: `${field} must be a string` }).max(max, `${field} must be at most ${max} characters`).optional(),
  );

const TIMESTAMP_EXPECTATION = "a number of milliseconds (a JSON number or a string of digits)";
const timestamp = z.preprocess(
  digitsToNumber,
  z
    .number({ error: expected("timestamp", TIMESTAMP_EXPECTATION) })
    .int(`timestamp must be ${TIMESTAMP_EXPECTATION}`)
    .positive("timestamp must be positive"),
);

const LANG_EXPECTATION = `one of ${pmsLangs.join(", ")} (any case, '_' or '-', or TC/SC/EN)`;
function readLang(value: unknown, ctx: z.RefinementCtx, required: boolean): PmsLang | undefined {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
    if (required) ctx.addIssue({ code: "custom", message: "lang is required" });
    return undefined;
  }
  const parsed = parsePmsLang(value);
  if (parsed === undefined) ctx.addIssue({ code: "custom", message: `lang must be ${LANG_EXPECTATION}` });
  return parsed;
}
const requiredLang = z.unknown().transform((value, ctx): PmsLang => readLang(value, ctx, true) ?? z.NEVER);
const optionalLang = z
  .unknown()
  .transform((value, ctx): PmsLang | undefined => readLang(value, ctx, false))
  .optional();

const type = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toUpperCase() : absentIfNull(value)),
  z.enum(pmsPaymentTypes, { error: expected("type", `one of ${pmsPaymentTypes.join(", ")}`) }),
);

// The vendor does not specify the rrn format (docs/pms/NOTES.md #9); their examples use 17 and 24 digits.
const rrn = z.preprocess(
  absentIfNull,
  z.string({ error: expected("rrn", "a string") }).regex(/^[0-9A-Za-z]{1,64}$/, "rrn must be 1 to 64 letters or digits"),
);

// Base64 of a 20-byte HMAC-SHA1 is always 28 characters ending in "=".
const sign = z.preprocess(
  absentIfNull,
  z
    .string({ error: expected("sign", "a string") })
    .regex(/^[A-Za-z0-9+/]{27}=$/, "sign must be Base64(HMAC-SHA1(secret, timestamp)), 28 characters"),
);

const optionalHttpUrl = (field: string) =>
  z.preprocess(
    absentIfBlank,
    z.url({ protocol: /^https?$/, error: `${field} must be an absolute http(s) URL` }).optional(),
  );

const extendParam = z.preprocess(
  absentIfBlank,
  z
    .unknown()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      if (typeof value !== "string") {
        // The classic mistake: sending the object itself instead of its JSON text (docs/pms/NOTES.md #8).
        ctx.addIssue({ code: "custom", message: 'extendParam must be a string holding JSON, e.g. "{\\"subject\\":\\"Water\\",\\"seller\\":\\"Watsons HK\\"}"' });
        return z.NEVER;
      }
      const parsed = parseExtendParam(value);
      if (parsed === undefined) {
        ctx.addIssue({ code: "custom", message: "extendParam must hold a JSON object such as {\"subject\":…,\"seller\":…}" });
        return z.NEVER;
      }
      return parsed;
    }),
);

const auth = {
  apiKey: requiredText("apiKey", 256),
  sign,
  timestamp,
};

export const incomingGatewayRequestSchema = z.looseObject({
  ...auth,
  lang: optionalLang.transform((value): PmsLang => value ?? "zh_hk"), // documented default
});
export type IncomingGatewayRequest = z.infer<typeof incomingGatewayRequestSchema>;

export const incomingSalesRequestSchema = z.looseObject({
  ...auth,
  type,
  rrn,
  storeCode: requiredText("storeCode", 32),
  tillId: requiredText("tillId", 32),
  salesman: requiredText("salesman", 32),
  txDateTime: z.preprocess(
    absentIfNull,
    z
      .string({ error: expected("txDateTime", "a string such as 2021-06-09T13:10:33+0800") })
      .refine((value) => parsePmsDateTime(value) !== undefined, "txDateTime must look like 2021-06-09T13:10:33+0800"),
  ),
  amt: z.preprocess(
    absentIfNull,
    z
      .number({ error: expected("amt", "a positive integer (cents, e.g. 10 for $0.10)") })
      .int("amt must be a positive integer (cents, e.g. 10 for $0.10)")
      .positive("amt must be a positive integer (cents, e.g. 10 for $0.10)"),
  ),
  ccy: z.preprocess(absentIfNull, z.literal("HKD", { error: expected("ccy", "HKD, the only currency PMS supports") })),
  lang: requiredLang,
  extendParam,
  returnUrl: optionalHttpUrl("returnUrl"),
  webhookUrl: optionalHttpUrl("webhookUrl"),
  remarks: optionalText("remarks"),
  cashier: optionalText("cashier", 32),
});
export type IncomingSalesRequest = z.infer<typeof incomingSalesRequestSchema>;

export const incomingQueryRequestSchema = z.looseObject({
  ...auth,
  type,
  rrn,
  storeCode: requiredText("storeCode", 32),
  tillId: optionalText("tillId", 32),
  lang: optionalLang,
});
export type IncomingQueryRequest = z.infer<typeof incomingQueryRequestSchema>;
