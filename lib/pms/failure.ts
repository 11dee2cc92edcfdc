export type PmsFailureKind = "pms-error" | "http" | "timeout" | "network" | "malformed" | "invalid-request";

export type PmsFailure = {
  kind: PmsFailureKind;
  /** PMS errorCode when PMS answered one (e.g. "601", "40002"). */
  errorCode?: string;
  httpStatus?: number;
  /** Short and calm, safe to show a shopper. The shop may translate by `kind` instead. */
  shopperMessage: string;
  /** For logs only. Never contains apiKey, sign or secret. */
  detail: string;
};

export type PmsResult<T> = { ok: true; data: T } | { ok: false; failure: PmsFailure };

export const pmsShopperMessages: Record<PmsFailureKind, string> = {
  "pms-error": "The payment service could not process this payment. Please try again or choose another payment method.",
  http: "The payment service is temporarily unavailable. Please try again in a moment.",
  timeout: "The payment service is taking too long to answer. Please try again in a moment.",
  network: "We could not reach the payment service. Please try again in a moment.",
  malformed: "The payment service sent an answer we could not understand. Please try again in a moment.",
  "invalid-request": "This payment could not be started. Please contact us if this keeps happening.",
};

export function pmsOk<T>(data: T): PmsResult<T> {
  return { ok: true, data };
}

/**
 * Builds a failure with every credential scrubbed from `detail`. Scrubbing is the last line
 * of defence: details are built from response bodies and error messages we do not control,
 * and a misbehaving server could echo our apiKey or sign back.
 */
export function pmsFailure(
  kind: PmsFailureKind,
  detail: string,
  secrets: readonly string[],
  extra: { errorCode?: string; httpStatus?: number } = {},
): { ok: false; failure: PmsFailure } {
  return {
    ok: false,
    failure: {
      kind,
      ...(extra.errorCode !== undefined && { errorCode: redactSecrets(extra.errorCode, secrets) }),
      ...(extra.httpStatus !== undefined && { httpStatus: extra.httpStatus }),
      shopperMessage: pmsShopperMessages[kind],
      detail: redactSecrets(detail, secrets),
    },
  };
}

export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret === "") continue;
    // Also the percent-encoded and JSON-escaped spellings, in case the value is echoed in a URL or body.
    // Java JSON writers may also escape "/" as "\/".
    const variants = [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), secret.replaceAll("/", "\\/")];
    for (const variant of new Set(variants)) {
      result = result.split(variant).join("[redacted]");
    }
  }
  return result;
}

/** A single-line, bounded excerpt for `detail`; redacted before cutting so no partial secret survives. */
export function excerpt(text: string, secrets: readonly string[], max = 300): string {
  const oneLine = redactSecrets(text, secrets).replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}
