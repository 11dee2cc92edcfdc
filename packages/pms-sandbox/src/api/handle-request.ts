import type { SandboxConfig } from "../config";
import { getDictionary } from "../dictionaries";
import { faultMs, hasFault, type ActiveFaults, type FaultName } from "../faults";
import { defaultLang, parseLang, type SandboxLang } from "../lang";
import type { Db } from "../store/db";
import { readActiveFaults } from "../store/settings";
import { authenticate } from "./authenticate";
import { answerGateway } from "./gateway";
import { completePayment } from "./complete";
import { listTransactions, resendNotifications } from "./helpers";
import type { Operation } from "./context";
import { PmsApiError } from "./errors";
import { parseFields } from "./parse-fields";
import { queryPayment } from "./query";
import { readJsonBody } from "./read-body";
import { authFieldsSchema } from "./requests";
import { createSale } from "./sales";

export type PmsOperationName = "gateway" | "sales" | "query" | "complete" | "resend" | "list";

const operations: Record<PmsOperationName, Operation> = {
  gateway: answerGateway,
  sales: createSale,
  query: queryPayment,
  complete: completePayment,
  resend: resendNotifications,
  list: listTransactions,
};

// The sandbox helpers have no faults: they are how a merchant gets out of them.
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

export type HandleRuntime = {
  db: Db;
  config: SandboxConfig;
  now: Date;
  /** Waits out a slow fault; tests inject their own so no test depends on the machine's speed. */
  sleep: (ms: number) => Promise<void>;
};

/**
 * The one handler behind every sandbox API route: input → auth → operation
 * → the spec's JSON envelope. API errors answer HTTP 200 with errorCode and a
 * message in the request's language, like the real PMS; nothing answers 500.
 */
export async function handlePmsRequest(name: PmsOperationName, request: Request, runtime: HandleRuntime): Promise<Response> {
  const { db, config, now } = runtime;
  let lang: SandboxLang = defaultLang;
  try {
    const faults = await readActiveFaults(db, config.faults);
    const down = downFaults[name];
    if (down && hasFault(faults, down)) return serviceUnavailable(down);
    const body = await readJsonBody(request);
    lang = parseLang(body.lang) ?? defaultLang;
    authenticate(parseFields(authFieldsSchema, body, "40002"), {
      merchants: config.merchants,
      now,
      toleranceMs: config.timings.timestampToleranceMs,
    });
    const context = { db, config, body, lang, now, faults, userAgent: request.headers.get("user-agent") ?? "" };
    const answer = await operations[name](context);
    await slowDown(faults, name, runtime.sleep);
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
