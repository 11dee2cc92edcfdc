import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import type { PmsOperationName } from "@pms-kit/sandbox";
import { handleSandboxApi } from "@/lib/pms-sandbox/mount";
import { createPmsClient, sign, type PmsClient } from "@pms-kit/client";

// The shop's client against the sandbox over real HTTP: a node:http server
// on 127.0.0.1 in front of the sandbox's route handler, exactly what the
// Next routes do, so the client's transport, headers and parsing are real.
let database: TestDatabase;
let server: http.Server;
let baseUrl: string;
let client: PmsClient;

const operationFor = (path: string): PmsOperationName | undefined =>
  ({ "/tt-pms-ws/rest/online/gateway": "gateway", "/tt-pms-ws/rest/online/sales": "sales", "/tt-pms-ws/rest/online/query": "query", "/tt-pms-ws/rest/sandbox/complete": "complete" })[path] as
    | PmsOperationName
    | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  const serve = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const operation = operationFor(req.url ?? "");
    if (!operation) {
      res.writeHead(404).end();
      return;
    }
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
    const response = await handleSandboxApi(operation, new Request(`http://sandbox.test${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  };
  server = http.createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tt-pms-ws/rest`;
  client = createPmsClient({
    baseUrl,
    apiKey: "sandbox-api-key",
    secret: "sandbox-secret",
    storeCode: "ST01",
    tillId: "01",
    salesman: "9999",
    timeoutMs: 5_000,
  });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.drop();
});

async function complete(rrn: string, outcome: string) {
  const timestamp = Date.now();
  const response = await fetch(`${baseUrl}/sandbox/complete`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ apiKey: "sandbox-api-key", timestamp, sign: sign(timestamp, "sandbox-secret"), rrn, outcome }),
  });
  return response.json();
}

const rrnOf = (n: number) => `26112500000000000000${String(n).padStart(4, "0")}`;

describe("lib/pms client ↔ sandbox over HTTP", () => {
  it("lists the six methods with logos in the requested language", async () => {
    const answer = await client.getGateways({ lang: "zh_hk" });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.data.map((method) => method.type)).toEqual(["WXPAY", "ALIPAY", "ALIPAYOS", "FPSPAY", "VMPAY", "UNIONPAY"]);
    expect(answer.data[0]!.label).toBe("微信支付");
    expect(answer.data.every((method) => method.logo?.startsWith("data:image/svg+xml;base64,"))).toBe(true);
  });

  it("creates a sale, queries it pending, completes it, and queries it paid", async () => {
    const rrn = rrnOf(1);
    const sale = await client.createSale({
      type: "WXPAY",
      rrn,
      amountCents: 4200,
      lang: "en",
      txDateTime: new Date(),
      subject: "Jasmine Tea Tin ×1",
      seller: "Harbour Goods",
      returnUrl: "http://shop.test/checkout/result?token=t",
      webhookUrl: "http://127.0.0.1:9/api/pms/webhook/x",
      userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile",
    });
    expect(sale.ok).toBe(true);
    if (!sale.ok) return;
    expect(sale.data.paymentUrl).toMatch(/\/pms-payment\/[A-Za-z0-9_-]+$/);
    expect(sale.data.raw.amt).toBe(4200);

    const pending = await client.queryPayment({ type: "WXPAY", rrn });
    expect(pending.ok && pending.data.status).toBe("pending");
    expect(await complete(rrn, "success")).toMatchObject({ errorCode: "0" });
    const paid = await client.queryPayment({ type: "WXPAY", rrn });
    expect(paid.ok && paid.data).toMatchObject({ status: "succeeded", amountCents: 4200, currency: "HKD", storeCode: "ST01" });
  });

  it("a duplicate rrn is refused with 601, an unknown rrn with 40002 (an unknown-payment failure)", async () => {
    const input = {
      type: "VMPAY" as const,
      rrn: rrnOf(2),
      amountCents: 100,
      lang: "en" as const,
      txDateTime: new Date(),
      subject: "x",
      seller: "y",
      returnUrl: "http://shop.test/checkout/result",
      webhookUrl: "http://127.0.0.1:9/api/pms/webhook/x",
    };
    expect((await client.createSale(input)).ok).toBe(true);
    const again = await client.createSale(input);
    expect(again.ok || again.failure).toMatchObject({ kind: "pms-error", errorCode: "601" });
    const unknown = await client.queryPayment({ type: "VMPAY", rrn: rrnOf(3) });
    expect(unknown.ok || unknown.failure).toMatchObject({ kind: "unknown-payment", errorCode: "40002" });
  });

  it("a wrong secret is a typed failure that never leaks the secret", async () => {
    const wrong = createPmsClient({ baseUrl, apiKey: "sandbox-api-key", secret: "not-the-secret", storeCode: "ST01", tillId: "01", salesman: "9999", timeoutMs: 5_000 });
    const answer = await wrong.getGateways({ lang: "en" });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.failure.errorCode).toBe("40002");
    expect(JSON.stringify(answer.failure)).not.toContain("not-the-secret");
  });
});
