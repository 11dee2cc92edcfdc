import { excerpt, pmsFailure, pmsOk, type PmsFailureKind, type PmsResult } from "./failure";
import { pmsEnvelopeSchema } from "./response-schemas";
import { describeIssues } from "./schema-helpers";

export type PmsPath = "/online/gateway" | "/online/sales" | "/online/query";

export type PmsPostRequest = {
  baseUrl: string;
  path: PmsPath;
  body: unknown;
  headers?: Record<string, string>;
  timeoutMs: number;
  fetch: typeof fetch;
  /** Values that must never appear in a failure detail: apiKey, secret, this request's sign. */
  secrets: readonly string[];
  /** Extra words for log lines, e.g. "rrn 0021…". Must not be secret. */
  context?: string;
};

type Exchange = { status: number; ok: boolean; text: string };
type Outcome = { kind: "done"; exchange: Exchange } | { kind: "error"; error: unknown } | { kind: "timeout" };

/**
 * POSTs JSON to PMS and returns the decoded body only when PMS said errorCode "0" (docs/pms/NOTES.md #12).
 * Never throws. Every other outcome becomes a typed failure with a scrubbed detail.
 */
export async function postPms(request: PmsPostRequest): Promise<PmsResult<unknown>> {
  const label = `POST ${request.path}${request.context ? ` (${request.context})` : ""}`;
  const fail = (kind: PmsFailureKind, detail: string, extra?: { errorCode?: string; httpStatus?: number }) =>
    pmsFailure(kind, detail, request.secrets, extra);

  const outcome = await exchangeWithTimeout(request);
  if (outcome.kind === "timeout") {
    return fail("timeout", `${label} got no complete answer within ${request.timeoutMs} ms`);
  }
  if (outcome.kind === "error") {
    return fail("network", `${label} failed: ${excerpt(describeError(outcome.error), request.secrets)}`);
  }

  const { status, ok, text } = outcome.exchange;
  const json = parseJson(text);

  if (!ok) {
    const envelope = pmsEnvelopeSchema.safeParse(json.ok ? json.value : undefined);
    return fail("http", `${label} answered HTTP ${status}: ${excerpt(text, request.secrets) || "(empty body)"}`, {
      httpStatus: status,
      ...(envelope.success && { errorCode: envelope.data.errorCode }),
    });
  }
  if (!json.ok) {
    return fail(
      "malformed",
      `${label} answered HTTP ${status} with a body that is not JSON: ${excerpt(text, request.secrets) || "(empty body)"}`,
      { httpStatus: status },
    );
  }

  const envelope = pmsEnvelopeSchema.safeParse(json.value);
  if (!envelope.success) {
    return fail("malformed", `${label} answered without a usable errorCode: ${describeIssues(envelope.error.issues)}`, {
      httpStatus: status,
    });
  }
  const { errorCode, errorMessage } = envelope.data;
  if (errorCode !== "0") {
    const gw = describeGatewayError(envelope.data);
    return fail(
      "pms-error",
      excerpt(`${label} answered errorCode ${errorCode}${errorMessage ? `: ${errorMessage}` : ""}${gw}`, request.secrets, 600),
      { errorCode, httpStatus: status },
    );
  }
  return pmsOk(json.value);
}

async function exchangeWithTimeout(request: PmsPostRequest): Promise<Outcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Our own timer rather than AbortSignal.timeout alone: it also bounds reading the body and
  // still fires if a fetch implementation ignores the signal.
  const timedOut = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new DOMException("PMS request timed out", "TimeoutError"));
      resolve({ kind: "timeout" });
    }, request.timeoutMs);
  });

  const exchange = (async (): Promise<Outcome> => {
    const response = await request.fetch(`${request.baseUrl}${request.path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...request.headers },
      body: JSON.stringify(request.body),
      signal: controller.signal,
      // A redirect would resend our signed request somewhere PMS chose; report it instead.
      redirect: "manual",
      cache: "no-store",
    });
    const text = await response.text();
    return { kind: "done", exchange: { status: response.status, ok: response.ok, text } };
  })().catch((error: unknown): Outcome => ({ kind: "error", error }));

  try {
    return await Promise.race([exchange, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function describeGatewayError(body: Record<string, unknown>): string {
  const parts = ["gwErrorCode", "gwErrorMessage"]
    .map((key) => [key, body[key]] as const)
    .filter(([, value]) => (typeof value === "string" && value !== "") || typeof value === "number")
    .map(([key, value]) => `${key} ${String(value)}`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  const causeText =
    cause instanceof Error
      ? ` (cause: ${"code" in cause && typeof cause.code === "string" ? `${cause.code} ` : ""}${cause.message})`
      : "";
  return `${error.name}: ${error.message}${causeText}`;
}
