import { otherError } from "./errors";

const MAX_BODY_BYTES = 64 * 1024;

/**
 * The request body as a JSON object, or a 40002 error saying what is wrong
 * with it. A missing Content-Type is tolerated; a different one is not,
 * since the spec requires application/json.
 */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const contentType = request.headers.get("content-type");
  if (contentType !== null && !/^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    throw otherError((d) => d.api.wrongContentType);
  }
  // Streamed with a cap: an oversized body is refused before it is all in memory.
  const read = await readBodyWithLimit(request, MAX_BODY_BYTES);
  if (!read.ok) throw otherError((d) => d.api.bodyTooLarge);
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    throw otherError((d) => d.api.malformedJson);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw otherError((d) => d.api.notAnObject);
  }
  return body as Record<string, unknown>;
}

/** Reads at most `limit` bytes of a request body; more than that is refused, not buffered. */
export async function readBodyWithLimit(request: Request, limit: number): Promise<{ ok: true; text: string } | { ok: false }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) return { ok: false };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false };
    }
    chunks.push(value);
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}
