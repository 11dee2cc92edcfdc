export type PmsFailureKind = "pms-error" | "http" | "timeout" | "network" | "malformed" | "invalid-request";

export type PmsFailure<K extends string = PmsFailureKind> = {
  kind: K;
  /** PMS errorCode when PMS answered one (e.g. "601", "40002"). */
  errorCode?: string;
  httpStatus?: number;
  /** For logs only. Never contains apiKey, sign or secret. */
  detail: string;
};

export type PmsResult<T, K extends string = PmsFailureKind> = { ok: true; data: T } | { ok: false; failure: PmsFailure<K> };

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
