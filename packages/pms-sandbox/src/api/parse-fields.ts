import type { z } from "zod";
import { fieldHints } from "../fields";
import { PmsApiError, type PmsErrorCode } from "./errors";

type Hint = (typeof fieldHints)[keyof typeof fieldHints];

/**
 * Parses the body against a request schema; the first problem becomes a
 * PmsApiError naming the field ("Missing mandatory field amt", "Invalid
 * field ccy: only HKD is supported"), never zod's own English.
 */
export function parseFields<T extends z.ZodType>(
  schema: T,
  body: Record<string, unknown>,
  code: PmsErrorCode,
): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const field = String(result.error.issues[0]?.path[0] ?? "");
  const value = body[field];
  if (value === undefined || value === null || value === "") {
    throw new PmsApiError(code, (d) => d.api.missingField(field));
  }
  const hint: Hint = (fieldHints as Record<string, Hint>)[field] ?? "text";
  throw new PmsApiError(code, (d) => d.api.invalidField(field, d.hints[hint]));
}
