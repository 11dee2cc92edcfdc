import type { PmsWebhookPayload } from "../store/schema";
import { serializeWebhookPayload } from "./payload";

export type SendResult = {
  httpStatus: number | null;
  answer: string | null;
  error: string | null;
  durationMs: number;
  accepted: boolean;
};

const ANSWER_READ_LIMIT = 64 * 1024;
const ANSWER_STORE_LIMIT = 2000;

/**
 * One POST of the notification. Accepted only when the merchant answers 2xx
 * with JSON whose errorCode is "0" (or 0): the spec's stop condition. A
 * redirect, a 500, HTML, a timeout or a refused connection all mean "again".
 */
export async function sendWebhook(
  fetchImpl: typeof fetch,
  url: string,
  payload: PmsWebhookPayload,
  timeoutMs: number,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "TTRetail-PMS-Sandbox/1.7" },
      body: serializeWebhookPayload(payload),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const answer = await readLimitedText(response, ANSWER_READ_LIMIT);
    return {
      httpStatus: response.status,
      answer: answer.slice(0, ANSWER_STORE_LIMIT),
      error: null,
      durationMs: elapsed(),
      accepted: response.ok && isAcceptedAnswer(answer),
    };
  } catch (error) {
    return { httpStatus: null, answer: null, error: describeError(error, timeoutMs), durationMs: elapsed(), accepted: false };
  }
}

export function isAcceptedAnswer(text: string): boolean {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== "object" || body === null) return false;
    const code = (body as { errorCode?: unknown }).errorCode;
    return code === "0" || code === 0;
  } catch {
    return false;
  }
}

// A merchant answering megabytes must not fill the sandbox's memory.
async function readLimitedText(response: Response, limit: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (size >= limit) await reader.cancel().catch(() => {});
  return new TextDecoder().decode(Buffer.concat(chunks)).slice(0, limit);
}

function describeError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error) {
    if (error.name === "TimeoutError" || error.name === "AbortError") return `no answer within ${timeoutMs} ms`;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message;
    return detail ? `${error.message} (${detail})` : error.message;
  }
  return String(error);
}
