import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultTimings } from "../config";
import { computeSign } from "../sign";
import { findTransactionByRrn } from "../store/transactions";
import { callSandbox, newRrn, salesBody, signedFields, createTestSandbox, type TestSandbox } from "../test-support";

let database: TestSandbox;
beforeAll(async () => {
  database = await createTestSandbox();
});
afterAll(async () => {
  await database.drop();
});

describe("authentication", () => {
  const tolerance = defaultTimings.timestampToleranceMs;

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
