import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { env } from "@/lib/env";
import { getSandboxCredentials } from "@/lib/pms-sandbox/config";
import { sandboxEnv } from "@/lib/pms-sandbox/env";
import { getSandbox } from "@/lib/pms-sandbox/mount";
import { computeSign } from "@pms-kit/sandbox";
import { jsonRequest, salesBody, signedFields } from "@pms-kit/sandbox/test-support";
import { POST as gatewayRoute } from "./gateway/route";
import { POST as queryRoute } from "./query/route";
import { POST as salesRoute } from "./sales/route";

// The documented routes, called as Next calls them. The URL variants (/online/…,
// /tt-pms-ws/online/…) are rewrites to these in next.config.js: e2e/pms-sandbox.spec.ts.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function post(route: (request: Request) => Promise<Response>, body: unknown, headers?: Record<string, string>) {
  const response = await route(jsonRequest(body, headers));
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe("the spec's examples as contract", () => {
  it("gateway: the spec's request answers the spec's response shape", async () => {
    const answer = await post(gatewayRoute, { ...signedFields(), lang: "zh_hk" });
    expect(Object.keys(answer)).toEqual(["extendParam", "gateways", "errorCode", "errorMessage"]);
    expect(answer).toMatchObject({ extendParam: "", errorCode: "0", errorMessage: "no error" });
    const gateways = answer.gateways as Array<Record<string, string>>;
    expect(gateways.map((g) => [g.type, g.desc, g.langDesc])).toEqual([
      ["WXPAY", "Wechat Pay", "微信支付"],
      ["ALIPAY", "Alipay", "支付寶"],
      ["ALIPAYOS", "Alipay Oversea", "支付寶(香港)"],
      ["FPSPAY", "Faster Payment System Pay", "轉數快"],
      ["VMPAY", "Visa/Master Online", "信用卡支付"],
      ["UNIONPAY", "Union Pay", "銀聯(信用卡)支付"],
    ]);
    for (const gateway of gateways) {
      expect(Object.keys(gateway)).toEqual(["type", "desc", "langDesc", "base64Logo"]);
      expect(gateway.base64Logo).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
    }
  });

  it("gateway: langDesc follows lang, zh_hk when none", async () => {
    const langDesc = async (lang?: string) =>
      ((await post(gatewayRoute, { ...signedFields(), lang })).gateways as Array<{ langDesc: string }>)[1]!.langDesc;
    expect(await langDesc("en")).toBe("Alipay");
    expect(await langDesc("zh-CN")).toBe("支付宝");
    expect(await langDesc("SC")).toBe("支付宝");
    expect(await langDesc(undefined)).toBe("支付寶");
  });

  it("sales: the spec's request answers the spec's response, field for field", async () => {
    const request = salesBody();
    const answer = await post(salesRoute, request, { "user-agent": "Mozilla/5.0 (iPhone)" });
    expect(Object.keys(answer)).toEqual([
      "type", "rrn", "storeCode", "tillId", "tradeMode", "txDateTime", "amt", "additionalAmt", "ccy",
      "lang", "paymentUrl", "gwRefCode", "gwErrorCode", "gwErrorMessage", "timeout", "errorCode", "errorMessage",
    ]);
    expect(answer).toMatchObject({
      type: "VMPAY",
      rrn: request.rrn,
      storeCode: "WP001",
      tillId: "01",
      tradeMode: "WEBSITE",
      txDateTime: "2021-06-11T16:18:30+0800",
      amt: 90000,
      additionalAmt: 0,
      ccy: "HKD",
      lang: "TC",
      gwRefCode: "",
      timeout: sandboxEnv.PMS_SANDBOX_PAYMENT_TIMEOUT_MS / 1000,
      errorCode: "0",
      errorMessage: "成功",
    });
    expect(answer.paymentUrl).toMatch(new RegExp(`^${env.APP_URL}/pms-payment/[A-Za-z0-9_-]{32}$`));
    const stored = await (await getSandbox()).transactions.findByRrn(request.rrn);
    expect(stored).toMatchObject({ status: "05", userAgent: "Mozilla/5.0 (iPhone)", extendParam: request.extendParam });
    expect(stored?.request).not.toHaveProperty("apiKey");
    expect(stored?.request).not.toHaveProperty("sign");
    expect(stored?.request).toMatchObject({ rrn: request.rrn, cashier: "WP9999", amt: 90000 });
  });

  it("sales: accepts the timestamp as a digit string and an offset with a colon, answering the spec's form", async () => {
    const now = Date.now();
    const { apiKey, secret } = getSandboxCredentials();
    const request = salesBody({
      apiKey,
      timestamp: String(now),
      sign: computeSign(String(now), secret),
      txDateTime: "2021-06-11T16:18:30+08:00",
      lang: "EN",
    });
    const answer = await post(salesRoute, request);
    expect(answer).toMatchObject({ errorCode: "0", txDateTime: "2021-06-11T16:18:30+0800", lang: "EN", errorMessage: "Success" });
  });

  it("query: the spec's request (timestamp as a string) answers the spec's response fields", async () => {
    const sale = salesBody({ type: "WXPAY", storeCode: "ST01", extendParam: "" });
    await post(salesRoute, sale);
    const now = Date.now();
    const { apiKey, secret } = getSandboxCredentials();
    const answer = await post(queryRoute, {
      apiKey,
      timestamp: String(now),
      sign: computeSign(String(now), secret),
      type: "WXPAY",
      rrn: sale.rrn,
      storeCode: "ST01",
      tillId: "01",
    });
    expect(Object.keys(answer)).toEqual([
      "type", "rrn", "storeCode", "tillId", "txDateTime", "amt", "additionalAmt", "ccy", "lang", "gwRefStatus",
      "gwRefCode", "gwErrorCode", "gwErrorMessage", "extendParam", "orgRrn", "orgGwRefCode", "errorCode", "errorMessage",
    ]);
    expect(answer).toMatchObject({
      type: "WXPAY",
      rrn: sale.rrn,
      storeCode: "ST01",
      amt: 90000,
      ccy: "HKD",
      gwRefStatus: "05",
      extendParam: "",
      orgRrn: "",
      errorCode: "0",
      errorMessage: "SUCCESS",
    });
  });
});

describe("malformed requests", () => {
  const raw = async (body: string, contentType = "application/json") => {
    const response = await salesRoute(
      new Request("http://localhost/x", { method: "POST", headers: { "content-type": contentType }, body }),
    );
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };

  it.each([
    ["malformed JSON", "{\"apiKey\": ", undefined],
    ["an empty body", "", undefined],
    ["a JSON array", "[]", undefined],
    ["a JSON string", '"hello"', undefined],
    ["JSON null", "null", undefined],
    ["form data", "apiKey=x&sign=y", "application/x-www-form-urlencoded"],
    ["plain text", JSON.stringify(salesBody()), "text/plain"],
  ])("answers %s with a 40002 envelope, not an error page", async (_, body, contentType) => {
    const { status, json } = await raw(body, contentType);
    expect(status).toBe(200);
    expect(json).toEqual({ errorCode: "40002", errorMessage: expect.any(String) });
    expect(json.errorMessage).not.toMatch(/at .*\.ts|Error:/);
  });

  it("tolerates a JSON content type with a charset", async () => {
    const { json } = await raw(JSON.stringify(salesBody()), "application/json; charset=utf-8");
    expect(json.errorCode).toBe("0");
  });
});
