import "server-only";
import { getDb } from "@/lib/db";
import { getSandboxCredentials, isSandboxEnabled, sandboxTimings } from "../config";
import { getDictionary } from "../dictionaries";
import { faultMs, hasFault, type ActiveFaults, type FaultName } from "../faults";
import { defaultLang, parseLang, type SandboxLang } from "../lang";
import { readActiveFaults } from "../store/settings";
import { authenticate } from "./authenticate";
import { answerGateway } from "./gateway";
import { completePayment } from "./complete";
import type { Operation } from "./context";
import { PmsApiError } from "./errors";
import { parseFields } from "./parse-fields";
import { queryPayment } from "./query";
import { readJsonBody } from "./read-body";
import { authFieldsSchema } from "./requests";
import { createSale } from "./sales";

export type PmsOperationName = "gateway" | "sales" | "query" | "complete";

const operations: Record<PmsOperationName, Operation> = {
  gateway: answerGateway,
  sales: createSale,
  query: queryPayment,
  complete: completePayment,
};

// The sandbox helper has no faults: it is how a merchant gets out of them.
const downFaults: Partial<Record<PmsOperationName, FaultName>> = {
  gateway: "gateway-down",
  sales: "sales-down",
  query: "query-down",
};
const slowFaults: Partial<Record<PmsOperationName, FaultName>> = {
  gateway: "gateway-slow",
  sales: "sales-slow",
  query: "query-slow",
};

export type HandleOptions = {
  now?: Date;
  /** Waits out a slow fault; tests inject their own so no test depends on the machine's speed. */
  sleep?: (ms: number) => Promise<void>;
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The one handler behind every sandbox API route: input → auth → operation
 * → the spec's JSON envelope. API errors answer HTTP 200 with errorCode and a
 * message in the request's language, like the real PMS; nothing answers 500.
 */
export async function handlePmsRequest(
  name: PmsOperationName,
  request: Request,
  options: HandleOptions = {},
): Promise<Response> {
  if (!isSandboxEnabled()) return new Response("Not Found", { status: 404 });
  const now = options.now ?? new Date();
  let lang: SandboxLang = defaultLang;
  try {
    const db = await getDb();
    const faults = await readActiveFaults(db);
    const down = downFaults[name];
    if (down && hasFault(faults, down)) return serviceUnavailable(down);
    const body = await readJsonBody(request);
    lang = parseLang(body.lang) ?? defaultLang;
    authenticate(parseFields(authFieldsSchema, body, "40002"), {
      credentials: getSandboxCredentials(),
      now,
      toleranceMs: sandboxTimings.timestampToleranceMs,
    });
    const context = { db, body, lang, now, faults, userAgent: request.headers.get("user-agent") ?? "" };
    const answer = await operations[name](context);
    await slowDown(faults, name, options.sleep ?? realSleep);
    return Response.json(answer);
  } catch (error) {
    return Response.json(errorEnvelope(error, lang, name));
  }
}

function errorEnvelope(error: unknown, lang: SandboxLang, name: PmsOperationName) {
  const dictionary = getDictionary(lang);
  if (error instanceof PmsApiError) return { errorCode: error.code, errorMessage: error.describe(dictionary) };
  // A sandbox bug or a database outage: logged for us, a plain "busy" for the caller.
  console.error(`[pms-sandbox] ${name} failed:`, error);
  return { errorCode: "40002", errorMessage: dictionary.api.internal };
}

function serviceUnavailable(fault: FaultName): Response {
  return new Response(`503 Service Unavailable (PMS sandbox fault ${fault})`, {
    status: 503,
    headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "30" },
  });
}

// The answer is computed first, so a client that gives up waiting on a slow
// /online/sales has still created the sale, as with a real slow PMS.
async function slowDown(faults: ActiveFaults, name: PmsOperationName, sleep: (ms: number) => Promise<void>): Promise<void> {
  const slow = slowFaults[name];
  const ms = slow ? faultMs(faults, slow) : 0;
  if (ms > 0) await sleep(ms);
}
