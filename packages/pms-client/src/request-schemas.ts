import { z } from "zod";
import { pmsLangs } from "./lang";
import { pmsPaymentTypes } from "./payment-types";
import { parseExtendParam } from "./extend-param";

// What we send: strict (docs/pms/NOTES.md: "we send exactly what the vendor documents"). A request that fails these
// schemas is a bug on our side and must never reach PMS.

export const PMS_RRN_PATTERN = /^\d{24}$/; // our own rrn format (docs/pms/NOTES.md #9)
export const PMS_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0800$/; // docs/pms/NOTES.md #7
export const MAX_DISPLAY_TEXT_LENGTH = 256;

const text = (field: string, max = 32) =>
  z
    .string({ error: `${field} must be a string` })
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`);

const timestamp = z
  .number({ error: "timestamp must be a number of milliseconds" })
  .int("timestamp must be an integer number of milliseconds")
  .positive("timestamp must be positive");

const lang = z.enum(pmsLangs, { error: `lang must be one of ${pmsLangs.join(", ")}` });
const type = z.enum(pmsPaymentTypes, { error: `type must be one of ${pmsPaymentTypes.join(", ")}` });
const rrn = z.string({ error: "rrn must be a string" }).regex(PMS_RRN_PATTERN, "rrn must be exactly 24 digits");
const httpUrl = (field: string) =>
  z.url({ protocol: /^https?$/, error: `${field} must be an absolute http(s) URL` });

const extendParam = z
  .string({ error: "extendParam must be a string holding JSON" })
  .refine((value) => {
    const parsed = parseExtendParam(value);
    const ok = (s: string | undefined) => s !== undefined && s.trim() !== "" && s.length <= MAX_DISPLAY_TEXT_LENGTH;
    return parsed !== undefined && ok(parsed.subject) && ok(parsed.seller);
  }, `extendParam must be a JSON string with a non-empty subject and seller of at most ${MAX_DISPLAY_TEXT_LENGTH} characters`);

const auth = { apiKey: text("apiKey", 256), sign: text("sign", 256), timestamp };

export const gatewayRequestSchema = z.strictObject({ ...auth, lang });
export type GatewayRequest = z.infer<typeof gatewayRequestSchema>;

export const salesRequestSchema = z.strictObject({
  ...auth,
  type,
  rrn,
  storeCode: text("storeCode"),
  tillId: text("tillId"),
  salesman: text("salesman"),
  txDateTime: z
    .string({ error: "txDateTime must be a string" })
    .regex(PMS_DATE_TIME_PATTERN, "txDateTime must look like 2021-06-09T13:10:33+0800"),
  amt: z
    .number({ error: "amt must be a positive integer (cents)" })
    .int("amt must be a positive integer (cents)")
    .positive("amt must be a positive integer (cents)"),
  ccy: z.literal("HKD", { error: "ccy must be HKD, the only currency PMS supports" }),
  lang,
  extendParam,
  returnUrl: httpUrl("returnUrl"),
  webhookUrl: httpUrl("webhookUrl"),
  remarks: text("remarks", 255).optional(),
  cashier: text("cashier").optional(),
});
export type SalesRequest = z.infer<typeof salesRequestSchema>;

export const queryRequestSchema = z.strictObject({
  ...auth,
  type,
  rrn,
  storeCode: text("storeCode"),
  tillId: text("tillId").optional(),
  lang: lang.optional(),
});
export type QueryRequest = z.infer<typeof queryRequestSchema>;
