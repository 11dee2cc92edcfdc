export type ExtendParam = { subject?: string; seller?: string };

/** PMS wants `extendParam` as a string holding JSON, not a JSON object (docs/pms/NOTES.md #8). */
export function buildExtendParam(value: { subject: string; seller: string }): string {
  return JSON.stringify({ subject: value.subject, seller: value.seller });
}

/** The JSON object inside an `extendParam` string, or undefined if it holds no JSON object. */
export function parseExtendParam(value: string): ExtendParam | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  const record = parsed as Record<string, unknown>;
  const result: ExtendParam = {};
  if (typeof record.subject === "string") result.subject = record.subject;
  if (typeof record.seller === "string") result.seller = record.seller;
  return result;
}
