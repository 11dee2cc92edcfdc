import { z } from "zod";

/** Error-message factory: "x is required" for a missing/null value, else "x must be …". */
export function expected(field: string, expectation: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null ? `${field} is required` : `${field} must be ${expectation}`;
}

/** One line for logs and sandbox answers. Zod issues carry no input values, so nothing secret leaks. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String).join(".");
      return path === "" || issue.message.startsWith(path) ? issue.message : `${path}: ${issue.message}`;
    })
    .join("; ");
}

const DIGITS = /^\s*-?\d+\s*$/;

/** PMS documents Integer/Long fields but sends some as digit strings, e.g. "timestamp": "1623724168633" (docs/pms/NOTES.md #3). */
function digitsToNumber(value: unknown): unknown {
  return typeof value === "string" && DIGITS.test(value) ? Number(value) : value;
}

// ---- Response side: tolerant (docs/pms/NOTES.md #10). null and "" are absent; numbers may stand in for strings.

function textOrNumberToString(value: unknown): unknown {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" ? value.trim() : value;
}

export function responseText(field: string) {
  return z.preprocess(
    textOrNumberToString,
    z.string({ error: expected(field, "a string") }).min(1, `${field} must not be empty`),
  );
}

/** An optional field never fails a response: anything unusable is treated as absent. */
export function optionalResponseText() {
  return z.preprocess((value) => {
    const text = textOrNumberToString(value);
    return typeof text === "string" && text !== "" ? text : undefined;
  }, z.string().optional());
}

export function responseInt(field: string) {
  return z.preprocess(
    digitsToNumber,
    z
      .number({ error: expected(field, "an integer") })
      .int(`${field} must be an integer`)
      .nonnegative(`${field} must not be negative`),
  );
}

export function optionalResponseInt() {
  return z.preprocess((value) => {
    const n = digitsToNumber(value);
    return typeof n === "number" && Number.isSafeInteger(n) ? n : undefined;
  }, z.number().int().optional());
}

/** rrn may come back as a JSON number; only a safe integer converts without losing digits. */
export function responseRrn(field = "rrn") {
  return z.preprocess(
    (value) =>
      typeof value === "number" && Number.isSafeInteger(value) && value >= 0
        ? String(value)
        : typeof value === "string"
          ? value.trim()
          : value,
    z
      .string({ error: expected(field, "a string or an integer") })
      .min(1, `${field} must not be empty`)
      .max(64, `${field} must be at most 64 characters`),
  );
}

/** errorCode is documented as a String but may arrive as the number 0. */
export const errorCodeSchema = z.preprocess(
  (value) => (typeof value === "number" && Number.isInteger(value) ? String(value) : typeof value === "string" ? value.trim() : value),
  z.string({ error: expected("errorCode", "a string or an integer") }).min(1, "errorCode must not be empty"),
);
