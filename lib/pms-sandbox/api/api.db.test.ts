import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as onlineQuery } from "@/app/online/query/route";
import { POST as onlineSales } from "@/app/online/sales/route";
import { POST as wsQuery } from "@/app/tt-pms-ws/online/query/route";
import { POST as gatewayRoute } from "@/app/tt-pms-ws/rest/online/gateway/route";
import { POST as queryRoute } from "@/app/tt-pms-ws/rest/online/query/route";
import { POST as salesRoute } from "@/app/tt-pms-ws/rest/online/sales/route";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { env } from "@/lib/env";
import { sandboxEnv } from "../env";
import { getSandboxCredentials } from "../config";
import { computeSign } from "../sign";
import { findTransactionByRrn } from "../store/transactions";
import { callSandbox, jsonRequest, newRrn, salesBody, signedFields } from "../test-support";

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
    const stored = await findTransactionByRrn(database.db, request.rrn);
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

  it("answers on the URL variants of docs/pms/NOTES.md #1 exactly as on the documented base", async () => {
    const sale = salesBody({ storeCode: "ST01" });
    expect(await post(onlineSales, sale)).toMatchObject({ errorCode: "0" });
    const query = { type: sale.type, rrn: sale.rrn, storeCode: "ST01" };
    for (const route of [queryRoute, onlineQuery, wsQuery]) {
      expect(await post(route, { ...signedFields(), ...query })).toMatchObject({ errorCode: "0", gwRefStatus: "05" });
    }
  });
});

describe("authentication", () => {
  const tolerance = sandboxEnv.PMS_SANDBOX_TIMESTAMP_TOLERANCE_MS;

  it.each([
    ["a wrong sign", () => ({ ...signedFields(), sign: computeSign(Date.now(), "not-the-secret") })],
    ["an unknown apiKey", () => ({ ...signedFields(), apiKey: "someone-else" })],
    ["a stale timestamp", () => signedFields(new Date(Date.now() - tolerance - 5000))],
    ["a future timestamp", () => signedFields(new Date(Date.now() + tolerance + 5000))],
    ["no apiKey", () => ({ ...signedFields(), apiKey: undefined })],
    ["no sign", () => ({ ...signedFields(), sign: undefined })],
    ["no timestamp", () => ({ ...signedFields(), timestamp: undefined })],
    ["a float timestamp", () => ({ ...signedFields(), timestamp: 1623205724171.5 })],
    ["a negative timestamp", () => ({ ...signedFields(), timestamp: -1 })],
    ["a non-digit timestamp string", () => ({ ...signedFields(), timestamp: "1623205724171ms" })],
  ])("refuses %s with 40002 on every operation", async (_, fields) => {
    for (const name of ["gateway", "sales", "query", "complete"] as const) {
      const body = { ...salesBody(), ...fields(), outcome: "success" };
      const { status, json } = await callSandbox(name, body);
      expect(status).toBe(200);
      expect(json.errorCode).toBe("40002");
      expect(json.errorMessage).toEqual(expect.any(String));
    }
  });

  it("accepts a timestamp just inside the window, in either direction", async () => {
    for (const offset of [-(tolerance - 5000), tolerance - 5000]) {
      const { json } = await callSandbox("gateway", signedFields(new Date(Date.now() + offset)));
      expect(json.errorCode).toBe("0");
    }
  });

  it("answers in the request's language, zh_hk by default", async () => {
    const bad = { ...signedFields(), apiKey: "someone-else" };
    expect((await callSandbox("gateway", bad)).json.errorMessage).toBe("apiKey 無效");
    expect((await callSandbox("gateway", { ...bad, lang: "en" })).json.errorMessage).toBe("Unknown apiKey");
    expect((await callSandbox("gateway", { ...bad, lang: "zh-CN" })).json.errorMessage).toBe("apiKey 无效");
  });
});

describe("sales validation", () => {
  it.each(["type", "rrn", "storeCode", "tillId", "salesman", "txDateTime", "amt", "ccy", "lang"])(
    "refuses a sale without %s with 601, naming the field",
    async (field) => {
      const { json } = await callSandbox("sales", { ...salesBody({ lang: "en" }), [field]: undefined });
      expect(json.errorCode).toBe("601");
      expect(json.errorMessage).toContain(field);
    },
  );

  it.each([
    ["amt", "90000"],
    ["amt", 0],
    ["amt", -10],
    ["amt", 10.5],
    ["amt", 2 ** 31],
    ["ccy", "USD"],
    ["ccy", 344],
    ["type", "PAYPAL"],
    ["type", "wxpay"],
    ["lang", "fr"],
    ["txDateTime", "2021-06-11 16:18:30"],
    ["txDateTime", "2021-06-11T16:18:30"],
    ["txDateTime", "2021-06-11T16:18:30Z"],
    ["txDateTime", "2021-13-11T16:18:30+0800"],
    ["txDateTime", "2021-02-30T16:18:30+0800"],
    ["txDateTime", 1623399510000],
    ["extendParam", { subject: "Water" }],
    ["extendParam", "subject=Water"],
    ["extendParam", "[1,2]"],
    ["returnUrl", "ftp://example.com/return"],
    ["returnUrl", "not a url"],
    ["webhookUrl", "javascript:alert(1)"],
    ["storeCode", 123],
    ["rrn", "has spaces in it"],
    ["rrn", "x".repeat(65)],
    ["remarks", 42],
  ])("refuses %s = %j with 601, naming the field", async (field, value) => {
    const request = salesBody({ lang: "en", [field]: value });
    const { status, json } = await callSandbox("sales", request);
    expect(status).toBe(200);
    expect(json.errorCode).toBe("601");
    expect(json.errorMessage).toContain(field);
    if (field !== "rrn") expect(await findTransactionByRrn(database.db, request.rrn)).toBeUndefined();
  });

  it("explains in the sale's language", async () => {
    expect((await callSandbox("sales", salesBody({ ccy: "USD" }))).json.errorMessage).toBe("欄位 ccy 無效：只支援 HKD");
    expect((await callSandbox("sales", salesBody({ lang: "zh_cn", ccy: "USD" }))).json.errorMessage).toBe(
      "字段 ccy 无效：只支持 HKD",
    );
  });

  it.each([
    ["extendParam", ""],
    ["returnUrl", ""],
    ["webhookUrl", ""],
    // Outside production any http(s) URL, loopback included (production: allowed-urls.db.test.ts).
    ["webhookUrl", "http://127.0.0.1:9/hook"],
    ["returnUrl", "https://elsewhere.example/return?token=t"],
    ["returnUrl", null],
    ["cashier", undefined],
    ["ccy", "hkd"],
    ["tradeMode", "WEBSITE"],
  ])("accepts %s = %j", async (field, value) => {
    const { json } = await callSandbox("sales", salesBody({ [field]: value }));
    expect(json.errorCode).toBe("0");
  });

  it("refuses a duplicate rrn with 601, however the first ended", async () => {
    const first = salesBody({ lang: "en" });
    expect((await callSandbox("sales", first)).json.errorCode).toBe("0");
    const again = await callSandbox("sales", { ...salesBody({ lang: "en" }), rrn: first.rrn });
    expect(again.json).toEqual({ errorCode: "601", errorMessage: expect.stringContaining("Duplicate") });
  });

  it("lets only one of two simultaneous sales with one rrn through", async () => {
    const rrn = newRrn();
    const answers = await Promise.all([1, 2, 3].map(() => callSandbox("sales", salesBody({ rrn }))));
    expect(answers.map((a) => a.json.errorCode).sort()).toEqual(["0", "601", "601"]);
  });
});

describe("query validation", () => {
  it("refuses an unknown rrn with 40002", async () => {
    const { json } = await callSandbox("query", { ...signedFields(), type: "WXPAY", rrn: newRrn(), storeCode: "ST01", lang: "en" });
    expect(json).toEqual({ errorCode: "40002", errorMessage: expect.stringContaining("No transaction") });
  });

  it.each([
    ["type", "ALIPAY"],
    ["storeCode", "OTHER"],
    ["tillId", "99"],
  ])("refuses a query whose %s does not match the sale", async (field, value) => {
    const sale = salesBody();
    await callSandbox("sales", sale);
    const query = { ...signedFields(), type: sale.type, rrn: sale.rrn, storeCode: sale.storeCode, [field]: value };
    expect((await callSandbox("query", query)).json.errorCode).toBe("40002");
  });

  it.each(["type", "rrn", "storeCode"])("refuses a query without %s with 40002", async (field) => {
    const query = { ...signedFields(), type: "WXPAY", rrn: newRrn(), storeCode: "ST01", lang: "en", [field]: undefined };
    const { json } = await callSandbox("query", query);
    expect(json.errorCode).toBe("40002");
    expect(json.errorMessage).toContain(field);
  });

  it("accepts lang null, as in the spec's response", async () => {
    const sale = salesBody();
    await callSandbox("sales", sale);
    const query = { ...signedFields(), type: sale.type, rrn: sale.rrn, storeCode: sale.storeCode, lang: null };
    expect((await callSandbox("query", query)).json.errorCode).toBe("0");
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
