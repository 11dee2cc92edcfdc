import type { PmsOperationName } from "../api/handle-request";
import { readBodyWithLimit } from "../api/read-body";
import type { SandboxConfig } from "../config";
import type { ConsoleData } from "../console/load";
import type { CardPayment } from "../payment/decide";
import { buildReturnTarget } from "../payment/return-target";
import type { CardDetails } from "../payment/test-cards";
import { isFinalStatus } from "../status";
import type { PmsTransaction } from "../store/schema";
import { renderConsole } from "./console-page";
import { seeOther } from "./html";
import { renderPaymentNotFound, renderPaymentPage, renderResultPage, renderScanPage } from "./payment-pages";

/** What the router needs of a sandbox (./sandbox.ts makes one). */
export type Routable = {
  config: SandboxConfig;
  handle: (operation: PmsOperationName, request: Request) => Promise<Response>;
  payments: {
    load: (token: string) => Promise<PmsTransaction | undefined>;
    decide: (token: string, outcome: "success" | "failure") => Promise<PmsTransaction | undefined>;
    payByCard: (token: string, card: CardDetails) => Promise<CardPayment>;
  };
  console: {
    load: () => Promise<ConsoleData>;
    complete: (form: FormData) => Promise<void>;
    resend: (form: FormData) => Promise<void>;
    switchFault: (form: FormData) => Promise<void>;
    resetFaults: () => Promise<void>;
    setPaymentTimeout: (form: FormData) => Promise<void>;
  };
};

/**
 * Who may use the console: answer undefined to let the request through, or
 * the Response to send instead (a 401, a redirect to a sign-in). Open by default.
 */
export type ConsoleAccess = (request: Request) => Promise<Response | undefined> | Response | undefined;

const API = /^(?:\/tt-pms-ws\/rest|\/tt-pms-ws)?\/online\/(gateway|sales|query)$/;
const HELPER = /^\/tt-pms-ws\/rest\/sandbox\/(complete|resend|list)$/;
const PAYMENT = /^\/pms-payment\/([^/]+)(?:\/(scan|result|status|decide|card))?$/;
const CONSOLE = /^\/pms-sandbox(?:\/(complete|resend|fault|reset-faults|timeout))?$/;
const FORM_LIMIT = 16 * 1024;

const consoleCommands = {
  complete: (s: Routable, form: FormData) => s.console.complete(form),
  resend: (s: Routable, form: FormData) => s.console.resend(form),
  fault: (s: Routable, form: FormData) => s.console.switchFault(form),
  "reset-faults": (s: Routable) => s.console.resetFaults(),
  timeout: (s: Routable, form: FormData) => s.console.setPaymentTimeout(form),
} as const;

/** One `Request → Response` handler for everything the sandbox serves on its own (below). */
export function sandboxHandler(sandbox: Routable, options: { consoleAccess?: ConsoleAccess } = {}): (request: Request) => Promise<Response> {
  return (request) => routeRequest(sandbox, request, options.consoleAccess);
}

/**
 * Every URL the sandbox serves on its own: the spec's API at
 * /tt-pms-ws/rest (and its two variants), the signed helpers, the payment
 * pages and the console. Anything else is a plain 404; nothing answers 500.
 */
export async function routeRequest(sandbox: Routable, request: Request, consoleAccess?: ConsoleAccess): Promise<Response> {
  const { pathname, searchParams } = new URL(request.url);
  const method = request.method.toUpperCase();
  try {
    const api = API.exec(pathname) ?? HELPER.exec(pathname);
    if (api) return method === "POST" ? await sandbox.handle(api[1] as PmsOperationName, request) : notAllowed("POST");
    const payment = PAYMENT.exec(pathname);
    if (payment) return await routePayment(sandbox, request, method, decodeURIComponent(payment[1]!), payment[2], searchParams);
    const consoleRoute = CONSOLE.exec(pathname);
    if (consoleRoute) {
      const refused = await consoleAccess?.(request);
      if (refused) return refused;
      return await routeConsole(sandbox, request, method, consoleRoute[1] as keyof typeof consoleCommands | undefined);
    }
    if (pathname === "/" && method === "GET") return seeOther("/pms-sandbox");
    return text(404, "Not Found");
  } catch (error) {
    console.error("[pms-sandbox]", method, pathname, error);
    return text(503, "The sandbox is busy, please try again later");
  }
}

async function routePayment(sandbox: Routable, request: Request, method: string, token: string, sub: string | undefined, query: URLSearchParams): Promise<Response> {
  if (sub === "decide" || sub === "card") {
    if (method !== "POST") return notAllowed("POST");
    if (!sameOrigin(request, sandbox.config)) return text(403, "Forbidden: a form from another site");
    const form = await readForm(request);
    if (!form) return text(413, "Payload Too Large");
    return sub === "decide" ? decide(sandbox, token, form) : payByCard(sandbox, token, form);
  }
  if (method !== "GET" && method !== "HEAD") return notAllowed("GET");
  const nowMs = Date.now();
  const payment = await sandbox.payments.load(token);
  if (sub === "status") {
    if (!payment) return Response.json({ error: "not found" }, { status: 404 });
    const final = isFinalStatus(payment.status);
    return Response.json({ status: payment.status, final, next: final ? buildReturnTarget(payment) : null }, { headers: { "cache-control": "no-store" } });
  }
  if (!payment) return renderPaymentNotFound();
  if (sub === "scan") return renderScanPage(payment);
  if (sub === "result") return renderResultPage(payment);
  return renderPaymentPage(sandbox.config, {
    payment,
    nowMs,
    userAgent: request.headers.get("user-agent"),
    layout: query.get("layout") ?? undefined,
    notice: query.get("notice") ?? undefined,
  });
}

/** Approve / Decline of the wallet methods, on the payment page or the phone's scan page. */
async function decide(sandbox: Routable, token: string, form: FormData): Promise<Response> {
  const decision = form.get("decision");
  const pagePath = `/pms-payment/${encodeURIComponent(token)}`;
  if (decision !== "success" && decision !== "failure") return seeOther(pagePath);
  const payment = await sandbox.payments.decide(token, decision);
  // The phone is not the shopper's browser: it stays on the scan page, which now shows the outcome.
  if (form.get("from") === "scan") return seeOther(`${pagePath}/scan`);
  if (!payment || payment.status === "05") return seeOther(pagePath);
  return seeOther(buildReturnTarget(payment));
}

/** The card form's Pay: a test card decides (an expired one is declined); anything else is explained on the page. */
async function payByCard(sandbox: Routable, token: string, form: FormData): Promise<Response> {
  const field = (name: string) => String(form.get(name) ?? "").slice(0, 40);
  const { payment, decision } = await sandbox.payments.payByCard(token, { number: field("cardNumber"), expiry: field("expiry"), cvc: field("cvc") });
  if (payment && payment.status !== "05") return seeOther(buildReturnTarget(payment));
  const notice = decision && decision !== "success" && decision !== "failure" ? `?notice=${decision}` : "";
  return seeOther(`/pms-payment/${encodeURIComponent(token)}${notice}`);
}

async function routeConsole(sandbox: Routable, request: Request, method: string, command: keyof typeof consoleCommands | undefined): Promise<Response> {
  if (!command) return method === "GET" || method === "HEAD" ? renderConsole(await sandbox.console.load(), sandbox.config.publicUrl, "/pms-sandbox") : notAllowed("GET");
  if (method !== "POST") return notAllowed("POST");
  if (!sameOrigin(request, sandbox.config)) return text(403, "Forbidden: a form from another site");
  const form = await readForm(request);
  if (!form) return text(413, "Payload Too Large");
  try {
    await consoleCommands[command](sandbox, form);
  } catch (error) {
    // A hand-edited form is the only way here; the page simply shows the unchanged state.
    console.warn("[pms-sandbox] console command refused:", error instanceof Error ? error.message : error);
  }
  return seeOther("/pms-sandbox");
}

/** A browser's form post carries Origin; one from another site's page is refused (no cross-site form posts). */
function sameOrigin(request: Request, config: SandboxConfig): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  return origin === new URL(request.url).origin || origin === new URL(config.publicUrl).origin;
}

async function readForm(request: Request): Promise<FormData | undefined> {
  const read = await readBodyWithLimit(request, FORM_LIMIT);
  if (!read.ok) return undefined;
  const form = new FormData();
  for (const [key, value] of new URLSearchParams(read.text)) form.append(key, value);
  return form;
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

function notAllowed(allow: string): Response {
  return new Response("Method Not Allowed", { status: 405, headers: { allow, "content-type": "text/plain; charset=utf-8" } });
}
