// Helpers for the sandbox's own tests: a sandbox on a fresh database, signed requests and a local merchant.
import { randomInt } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { PmsOperationName } from "../api/handle-request";
import type { SandboxOptions } from "../config";
import { createSandbox, type Sandbox } from "../sandbox";
import { computeSign } from "../sign";
import { createTestDatabase, type TestDatabase } from "./database";

export { createTestDatabase, type TestDatabase } from "./database";

/** The merchant every test signs as. */
export const testMerchant = { apiKey: "sandbox-api-key", secret: "sandbox-secret", showSecret: true };

// The file's sandbox (one per test file), its clock and its sleep, which callSandbox sets per call.
let current: { sandbox: Sandbox; now?: Date; sleep?: (ms: number) => Promise<void> } | undefined;

export type TestSandbox = TestDatabase & { sandbox: Sandbox };

/** A sandbox on a fresh database, answering as `testMerchant`; the one callSandbox talks to. */
export async function createTestSandbox(options: Partial<SandboxOptions> = {}): Promise<TestSandbox> {
  const database = await createTestDatabase();
  const state: NonNullable<typeof current> = {
    sandbox: createSandbox({
      merchants: [testMerchant],
      publicUrl: "http://localhost:3000",
      ...options,
      db: database.db,
      now: () => state.now ?? new Date(),
      sleep: (ms) => (state.sleep ?? realSleep)(ms),
    }),
  };
  current = state;
  return { ...database, sandbox: state.sandbox };
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function newRrn(): string {
  return Array.from({ length: 24 }, () => randomInt(10)).join("");
}

/** apiKey, timestamp and sign for `now`, signed as a merchant would. */
export function signedFields(now = new Date()) {
  const { apiKey, secret } = testMerchant;
  const timestamp = now.getTime();
  return { apiKey, timestamp, sign: computeSign(timestamp, secret) };
}

export function jsonRequest(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/tt-pms-ws/rest/online/x", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** The spec's sales example, with fresh credentials and a fresh rrn. */
export function salesBody(overrides: Record<string, unknown> = {}, now = new Date()) {
  return {
    ...signedFields(now),
    lang: "zh_hk",
    storeCode: "WP001",
    tillId: "01",
    txDateTime: "2021-06-11T16:18:30+0800",
    type: "VMPAY",
    salesman: "WP9999",
    cashier: "WP9999",
    amt: 90000,
    rrn: newRrn(),
    extendParam: '{"subject":"Long Desc","seller":"Short Desc"}',
    returnUrl: "https://www.xxxx.com/checkout-2/order-paid/648",
    ccy: "HKD",
    webhookUrl: "https://www.xxx.com/service/order-paid/648",
    ...overrides,
  };
}

/** A sleep the test releases by hand: it records each requested delay and waits until `release()`. */
export function manualSleep() {
  const requested: number[] = [];
  let release = () => {};
  let announce = () => {};
  const asked = new Promise<void>((resolve) => (announce = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  return {
    requested,
    /** Resolves once the code under test has started to sleep. */
    asked,
    release: () => release(),
    sleep: (ms: number) => {
      requested.push(ms);
      announce();
      return released;
    },
  };
}

export async function callSandbox(
  name: PmsOperationName,
  body: unknown,
  options: { now?: Date; headers?: Record<string, string>; sleep?: (ms: number) => Promise<void> } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  if (!current) throw new Error("callSandbox: call createTestSandbox() first");
  current.now = options.now;
  current.sleep = options.sleep;
  const response = await current.sandbox.handle(name, jsonRequest(body, options.headers));
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { text };
  }
  return { status: response.status, json };
}

export type MerchantRequest = { body: Record<string, unknown>; at: number; headers: http.IncomingHttpHeaders };
export type MerchantAnswer = { status: number; body: string; delayMs?: number };

/** A merchant on 127.0.0.1 whose answer a test decides per request. */
export async function startMerchant(answer: (request: MerchantRequest, count: number) => MerchantAnswer) {
  const received: MerchantRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { body: JSON.parse(Buffer.concat(chunks).toString("utf8")), at: Date.now(), headers: req.headers };
      received.push(request);
      const count = received.filter((r) => r.body.rrn === request.body.rrn).length;
      const reply = answer(request, count);
      setTimeout(() => {
        res.writeHead(reply.status, { "content-type": "application/json" });
        res.end(reply.body);
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    countFor: (rrn: string) => received.filter((r) => r.body.rrn === rrn).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const never = (): MerchantAnswer => ({ status: 200, body: '{"errorCode":"1"}' });
export const accept = (): MerchantAnswer => ({ status: 200, body: '{"errorCode":"0"}' });
