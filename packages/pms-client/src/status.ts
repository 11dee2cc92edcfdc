export const paymentStatusesFromPms = ["succeeded", "failed", "expired", "refunded", "pending"] as const;
export type PaymentStatusFromPms = (typeof paymentStatusesFromPms)[number];

const byGwRefStatus: Record<string, PaymentStatusFromPms> = {
  "01": "succeeded",
  "02": "failed",
  "03": "expired",
  "04": "refunded", // refunded or cancelled; the cancel/refund API itself is undocumented (docs/pms/NOTES.md #15)
  "05": "pending",
};

export type MappedPmsStatus = { status: PaymentStatusFromPms; known: boolean };

/**
 * Maps PMS `gwRefStatus` to our payment state (docs/pms/NOTES.md #13). An unknown value must never be read
 * as success or failure: it is pending, and `known: false` tells the caller to log it.
 */
export function mapGwRefStatus(code: unknown): MappedPmsStatus {
  const normalized = normalizeGwRefStatus(code);
  const status = normalized !== undefined && Object.hasOwn(byGwRefStatus, normalized) ? byGwRefStatus[normalized] : undefined;
  return status ? { status, known: true } : { status: "pending", known: false };
}

/** "1", 1 and " 01 " all mean "01"; anything that is not one or two digits is left as is. */
export function normalizeGwRefStatus(code: unknown): string | undefined {
  if (typeof code === "number" && Number.isInteger(code) && code >= 0 && code < 100) return String(code).padStart(2, "0");
  if (typeof code !== "string") return undefined;
  const trimmed = code.trim();
  return /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

