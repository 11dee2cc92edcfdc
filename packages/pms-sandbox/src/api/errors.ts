import type { Dictionary } from "../dictionaries";

/** docs/pms/NOTES.md #12: "601" payment error (invalid or duplicate sale), "40002" everything else. */
export type PmsErrorCode = "601" | "40002";

/**
 * The one error every sandbox API failure is thrown as. The message is
 * written late, in the language of the request, by `describe`.
 */
export class PmsApiError extends Error {
  constructor(
    readonly code: PmsErrorCode,
    readonly describe: (dictionary: Dictionary) => string,
  ) {
    super(`PMS sandbox error ${code}`);
    this.name = "PmsApiError";
  }
}

export const otherError = (describe: (dictionary: Dictionary) => string) => new PmsApiError("40002", describe);
export const paymentError = (describe: (dictionary: Dictionary) => string) => new PmsApiError("601", describe);
