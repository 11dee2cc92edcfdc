/** gwRefStatus of the spec: 01 success, 02 other error, 03 timeout, 04 refunded/cancelled, 05 pending. */
export const gwRefStatuses = ["01", "02", "03", "04", "05"] as const;
export type GwRefStatus = (typeof gwRefStatuses)[number];

export const outcomes = ["success", "failure", "timeout", "refund"] as const;
export type Outcome = (typeof outcomes)[number];

/** Each outcome is one move between statuses; anything else is refused. */
export const transitions: Record<Outcome, { from: GwRefStatus; to: GwRefStatus }> = {
  success: { from: "05", to: "01" },
  failure: { from: "05", to: "02" },
  timeout: { from: "05", to: "03" },
  refund: { from: "01", to: "04" },
};

// What the gateway "said", as the query's gwErrorCode / gwErrorMessage.
export const gatewayAnswers: Record<GwRefStatus, { code: string; message: string }> = {
  "01": { code: "0", message: "SUCCESS" },
  "02": { code: "DECLINED", message: "Declined by the payer or the issuer (sandbox)" },
  "03": { code: "TIMEOUT", message: "Not paid before the transaction closed (sandbox)" },
  "04": { code: "0", message: "REFUNDED" },
  "05": { code: "", message: "" },
};

export function isFinalStatus(status: string): boolean {
  return status !== "05";
}

export function asGwRefStatus(status: string): GwRefStatus {
  return (gwRefStatuses as readonly string[]).includes(status) ? (status as GwRefStatus) : "05";
}
