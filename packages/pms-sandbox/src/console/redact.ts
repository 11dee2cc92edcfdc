/**
 * What the console may show of a merchant's URLs and answers. A returnUrl
 * carries a bearer token in its query (ours opens the shopper's result and
 * order pages), so query values, fragments and credentials are never shown,
 * to anyone. A webhook answer is reduced to the errorCode and errorMessage
 * the spec asks for: the console must not read back whatever a URL answered.
 */

const HIDDEN = "…";
const MESSAGE_LIMIT = 120;

export function redactUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value === "" ? "" : "(not a URL)";
  }
  const credentials = url.username || url.password ? `${HIDDEN}@` : "";
  const names = [...url.searchParams.keys()];
  const query = names.length > 0 ? `?${names.map((name) => `${name}=${HIDDEN}`).join("&")}` : url.search ? `?${HIDDEN}` : "";
  const hash = url.hash ? `#${HIDDEN}` : "";
  return `${url.protocol}//${credentials}${url.host}${url.pathname}${query}${hash}`;
}

/** The stored request with its URL fields redacted; the rest is the merchant's own sale data. */
export function redactRequest(request: Record<string, unknown>): Record<string, unknown> {
  const redacted = { ...request };
  for (const field of ["returnUrl", "webhookUrl"]) {
    if (typeof redacted[field] === "string") redacted[field] = redactUrl(redacted[field]);
  }
  return redacted;
}

export function summarizeAnswer(answer: string | null): string | null {
  if (answer === null) return null;
  if (answer === "") return "empty body";
  try {
    const body: unknown = JSON.parse(answer);
    if (typeof body !== "object" || body === null || Array.isArray(body)) return "JSON, not an object";
    const { errorCode, errorMessage } = body as Record<string, unknown>;
    const parts = [`errorCode ${describeValue(errorCode)}`];
    if (errorMessage !== undefined) parts.push(`errorMessage ${describeValue(errorMessage)}`);
    return parts.join(", ");
  } catch {
    return `not JSON (${answer.length} characters, not shown)`;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (typeof value === "string") return JSON.stringify(value.length > MESSAGE_LIMIT ? `${value.slice(0, MESSAGE_LIMIT)}${HIDDEN}` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return `(${Array.isArray(value) ? "an array" : "an object"})`;
}
