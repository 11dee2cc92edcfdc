import { z } from "zod";
import { parseLang } from "./lang";
import { paymentTypes } from "./payment-types";

/**
 * Field schemas of the PMS requests. Strict on meaning (a positive integer
 * amount, HKD only, a real date) and tolerant on spelling where the spec is
 * loose (docs/pms/NOTES.md #3, #5, #7). Error texts are not set here: the API turns the
 * first issue into a localised message from the field's name.
 */

const absentIfNull = (value: unknown) => (value === null ? undefined : value);

/** Optional in the spec: missing and `null` both mean "not given". */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(absentIfNull, schema.optional());

export const textSchema = z.string().trim().min(1).max(64);

// Free text the spec marks optional (cashier, remarks): may be empty.
export const noteSchema = z.string().max(500);

// A Java Long of milliseconds, sent as a number or a string of digits (docs/pms/NOTES.md #3).
// `signed` keeps the exact text the merchant signed.
export const timestampSchema = z
  .union([z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), z.string().regex(/^\d{1,16}$/)])
  .transform((value) => ({ ms: Number(value), signed: String(value) }));

export const langSchema = z.string().transform((value, ctx) => {
  const lang = parseLang(value);
  if (lang) return lang;
  ctx.addIssue({ code: "custom", message: "unknown lang" });
  return z.NEVER;
});

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):?(\d{2})$/;

/** `yyyy-MM-dd'T'HH:mm:ssZ`, offset with or without colon; answered without (the spec's form). */
export function normalizeTxDateTime(value: string): string | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second, , offH, offM] = m.slice(1).map(Number) as number[];
  const valid =
    month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth(year!, month!) &&
    hour! <= 23 && minute! <= 59 && second! <= 59 && offH! <= 14 && offM! <= 59;
  if (!valid) return undefined;
  return `${value.slice(0, 19)}${m[7]}${m[8]}${m[9]}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const txDateTimeSchema = z.string().transform((value, ctx) => {
  const normalized = normalizeTxDateTime(value.trim());
  if (normalized) return normalized;
  ctx.addIssue({ code: "custom", message: "bad txDateTime" });
  return z.NEVER;
});

// Integer cents in a Java Integer: 10 is $0.10 (docs/pms/NOTES.md #6).
export const amtSchema = z.number().int().positive().max(2_147_483_647);

export const ccySchema = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .pipe(z.literal("HKD"));

// A string holding a JSON object, e.g. "{\"subject\":\"Water\"}"; empty allowed (docs/pms/NOTES.md #8).
export const extendParamSchema = z
  .string()
  .max(4000)
  .refine((value) => value.trim() === "" || isJsonObjectText(value));

function isJsonObjectText(value: string): boolean {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

// Empty means "none" (the spec: "if returnUrl is empty …").
export const urlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => value === "" || isHttpUrl(value));

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export const paymentTypeSchema = z.enum(paymentTypes);

// Unspecified by the vendor (docs/pms/NOTES.md #9): printable ASCII without spaces.
export const rrnSchema = z.string().regex(/^[\x21-\x7e]{1,64}$/);

/** The request's field → which hint explains its format. */
export const fieldHints = {
  apiKey: "text",
  sign: "text",
  timestamp: "timestamp",
  lang: "lang",
  type: "type",
  rrn: "rrn",
  storeCode: "text",
  tillId: "text",
  salesman: "text",
  cashier: "note",
  remarks: "note",
  txDateTime: "txDateTime",
  amt: "amt",
  ccy: "ccy",
  extendParam: "extendParam",
  returnUrl: "url",
  webhookUrl: "url",
  outcome: "outcome",
  limit: "limit",
  before: "before",
} as const;

export type FieldName = keyof typeof fieldHints;
