import { describe, expect, it } from "vitest";
import { createPmsClient, type CreateSaleInput, type PmsClientConfig as PmsConfig } from "./client";
import type { PmsFailure, PmsResult } from "./failure";
import { sign } from "./sign";
import { fakeFetch, jsonResponse, type RecordedCall } from "./test-support/fake-fetch";
import { specGatewayResponse, specQueryResponse } from "./test-support/spec-examples";

const config: PmsConfig = {
  baseUrl: "https://pms.test/tt-pms-ws/rest",
  apiKey: "test-api-key-7f3a",
  secret: "test-secret-9c1e",
  storeCode: "ST01",
  tillId: "01",
  salesman: "9999",
  timeoutMs: 1_000,
};
const NOW = 1_623_399_510_000;
const SIGN_AT_NOW = sign(NOW, config.secret);
const IPHONE_UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

const saleInput: CreateSaleInput = {
  type: "FPSPAY",
  rrn: "002106110418309975314570",
  amountCents: 12_345,
  lang: "zh_hk",
  txDateTime: new Date("2021-06-11T08:18:30Z"),
  subject: "Jasmine tea × 2",
  seller: "TTRetail Shop",
  returnUrl: "https://shop.example/en/checkout/result",
  webhookUrl: "https://shop.example/api/pms/webhook",
  userAgent: IPHONE_UA,
};

/** What a well-behaved PMS answers to a sales request. */
const salesAnswer = (call: RecordedCall, overrides: Record<string, unknown> = {}) =>
  jsonResponse({
    type: call.body.type,
    rrn: call.body.rrn,
    storeCode: call.body.storeCode,
    txDateTime: call.body.txDateTime,
    amt: call.body.amt,
    ccy: "HKD",
    lang: "TC",
    paymentUrl: "https://pms.test/pms-payment/#/eft-payment?value=ABC",
    errorCode: "0",
    errorMessage: "成功",
    ...overrides,
  });

const client = (respond: (call: RecordedCall) => Response | Promise<Response>, extra: Partial<PmsConfig> = {}) => {
  const fake = fakeFetch(respond);
  return { ...fake, pms: createPmsClient({ ...config, ...extra }, { fetch: fake.fetch, now: () => NOW }) };
};

function expectFailure<T, K extends string>(result: PmsResult<T, K>): PmsFailure<K> {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.failure;
}

describe("getGateways", () => {
  it("POSTs a signed JSON request to /online/gateway and parses the spec's answer", async () => {
    const { pms, calls } = client(() => jsonResponse(specGatewayResponse));
    const result = await pms.getGateways({ lang: "en" });

    expect(result.ok && result.data.map((method) => method.type)).toEqual([
      "WXPAY", "ALIPAY", "ALIPAYOS", "FPSPAY", "VMPAY", "UNIONPAY",
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe("https://pms.test/tt-pms-ws/rest/online/gateway");
    expect(calls[0]?.init.method).toBe("POST");
    expect(calls[0]?.headers.get("content-type")).toBe("application/json");
    expect(calls[0]?.body).toEqual({ apiKey: config.apiKey, sign: SIGN_AT_NOW, timestamp: NOW, lang: "en" });
  });

  it("hands back methods in our words, leaving out a type we could not pay with", async () => {
    const gateways = [{ type: "WXPAY", desc: "Wechat Pay", langDesc: "微信支付" }, { type: "BITCOIN", desc: "Coins" }];
    const { pms } = client(() => jsonResponse({ errorCode: "0", gateways }));
    const result = await pms.getGateways({ lang: "zh_hk" });
    expect(result.ok && result.data).toEqual([{ type: "WXPAY", label: "微信支付", logo: undefined }]);
  });
});

describe("createSale", () => {
  it("sends exactly the documented sales body", async () => {
    const { pms, calls } = client((call) => salesAnswer(call));
    const result = await pms.createSale(saleInput);

    expect(result.ok && result.data.paymentUrl).toBe("https://pms.test/pms-payment/#/eft-payment?value=ABC");
    expect(result.ok && result.data.openForSeconds).toBeUndefined();
    expect(calls[0]?.url).toBe("https://pms.test/tt-pms-ws/rest/online/sales");
    expect(calls[0]?.body).toEqual({
      apiKey: config.apiKey,
      sign: SIGN_AT_NOW,
      timestamp: NOW,
      type: "FPSPAY",
      rrn: "002106110418309975314570",
      storeCode: "ST01",
      tillId: "01",
      salesman: "9999",
      txDateTime: "2021-06-11T16:18:30+0800",
      amt: 12_345,
      ccy: "HKD",
      lang: "zh_hk",
      extendParam: '{"subject":"Jasmine tea × 2","seller":"TTRetail Shop"}',
      returnUrl: "https://shop.example/en/checkout/result",
      webhookUrl: "https://shop.example/api/pms/webhook",
    });
  });

  it("hands back the gateway reference and how long PMS keeps the sale open, in our words", async () => {
    const { pms } = client((call) => salesAnswer(call, { gwRefCode: "GW-9", timeout: 300 }));
    const result = await pms.createSale(saleInput);
    expect(result.ok && result.data).toMatchObject({ gatewayRef: "GW-9", openForSeconds: 300 });
  });

  it("sends extendParam as a string holding JSON, not an object (docs/pms/NOTES.md #8)", async () => {
    const { pms, calls } = client((call) => salesAnswer(call));
    await pms.createSale(saleInput);
    const extendParam = calls[0]?.body.extendParam;
    expect(typeof extendParam).toBe("string");
    expect(JSON.parse(extendParam as string)).toEqual({ subject: "Jasmine tea × 2", seller: "TTRetail Shop" });
  });

  it("formats txDateTime in Hong Kong time with a +0800 offset (docs/pms/NOTES.md #7)", async () => {
    const { pms, calls } = client((call) => salesAnswer(call));
    await pms.createSale({ ...saleInput, txDateTime: new Date("2021-12-31T23:59:59Z") });
    expect(calls[0]?.body.txDateTime).toBe("2022-01-01T07:59:59+0800");
  });

  it("forwards the shopper's User-Agent (docs/pms/NOTES.md #4), cleaned of characters fetch refuses", async () => {
    const { pms, calls } = client((call) => salesAnswer(call));
    await pms.createSale(saleInput);
    expect(calls[0]?.headers.get("user-agent")).toBe(IPHONE_UA);

    await pms.createSale({ ...saleInput, userAgent: "Evil\r\nX-Injected: 1 ☃" });
    expect(calls[1]?.headers.get("user-agent")).toBe("EvilX-Injected: 1");
    expect(calls[1]?.headers.get("x-injected")).toBeNull();
  });

  it("shortens a long subject rather than risk a rejected payment", async () => {
    const { pms, calls } = client((call) => salesAnswer(call));
    await pms.createSale({ ...saleInput, subject: "茶".repeat(300) });
    const subject = (JSON.parse(calls[0]?.body.extendParam as string) as { subject: string }).subject;
    expect(Array.from(subject)).toHaveLength(100);
    expect(subject.endsWith("…")).toBe(true);
  });

  it("signs a fresh timestamp for every request (docs/pms/NOTES.md #2)", async () => {
    const fake = fakeFetch((call) => salesAnswer(call));
    const times = [NOW, NOW + 1_234];
    const pms = createPmsClient(config, { fetch: fake.fetch, now: () => times.shift() ?? Number.NaN });
    await pms.createSale(saleInput);
    await pms.createSale({ ...saleInput, rrn: "002106110418309975314571" });

    const [first, second] = fake.calls.map((c) => c.body);
    expect(first?.timestamp).toBe(NOW);
    expect(second?.timestamp).toBe(NOW + 1_234);
    expect(first?.sign).toBe(sign(NOW, config.secret));
    expect(second?.sign).toBe(sign(NOW + 1_234, config.secret));
    expect(first?.sign).not.toBe(second?.sign);
  });

  it.each([
    ["a fractional amount", { amountCents: 12.5 }, "amt must be a positive integer (cents)"],
    ["a zero amount", { amountCents: 0 }, "amt must be a positive integer (cents)"],
    ["a negative amount", { amountCents: -100 }, "amt must be a positive integer (cents)"],
    ["a short rrn", { rrn: "123" }, "rrn must be exactly 24 digits"],
    ["an invalid date", { txDateTime: new Date(Number.NaN) }, "Cannot format an invalid Date"],
    ["a relative returnUrl", { returnUrl: "/checkout/result" }, "returnUrl must be an absolute http(s) URL"],
    ["an empty subject", { subject: "  " }, "extendParam must be a JSON string with a non-empty subject"],
  ])("refuses %s without calling PMS", async (_name, change, message) => {
    const { pms, fn } = client((call) => salesAnswer(call));
    const failure = expectFailure(await pms.createSale({ ...saleInput, ...change }));
    expect(failure.kind).toBe("invalid-request");
    expect(failure.detail).toContain(message);
    expect(fn).not.toHaveBeenCalled();
  });

  it("refuses a currency other than HKD before calling PMS", async () => {
    const { pms, fn } = client((call) => salesAnswer(call));
    const failure = expectFailure(await pms.createSale({ ...saleInput, currency: "USD" }));
    expect(failure.kind).toBe("invalid-request");
    expect(failure.detail).toContain("ccy must be HKD");
    expect(fn).not.toHaveBeenCalled();
  });
});

describe("queryPayment", () => {
  it("POSTs to /online/query with store and till, and maps gwRefStatus", async () => {
    const { pms, calls } = client(() => jsonResponse({ ...specQueryResponse, rrn: "002106110418309975314570" }));
    const result = await pms.queryPayment({ type: "WXPAY", rrn: "002106110418309975314570" });

    expect(calls[0]?.url).toBe("https://pms.test/tt-pms-ws/rest/online/query");
    expect(calls[0]?.body).toEqual({
      apiKey: config.apiKey,
      sign: SIGN_AT_NOW,
      timestamp: NOW,
      type: "WXPAY",
      rrn: "002106110418309975314570",
      storeCode: "ST01",
      tillId: "01",
    });
    expect(result.ok && result.data).toMatchObject({ status: "succeeded", amountCents: 1, currency: "HKD", gatewayRef: "4200001019202106017620699482" });
    expect(result.ok && result.data.undocumentedStatus).toBeUndefined();
  });

  it("reads an unknown gwRefStatus as pending and says so", async () => {
    const { pms } = client(() => jsonResponse({ ...specQueryResponse, rrn: "002106110418309975314570", gwRefStatus: "09" }));
    const result = await pms.queryPayment({ type: "WXPAY", rrn: "002106110418309975314570" });
    expect(result.ok && result.data).toMatchObject({ status: "pending", undocumentedStatus: "09" });
  });

  it("turns PMS's 40002 to a query into an unknown-payment failure, and keeps other codes as they are", async () => {
    const unknown = client(() => jsonResponse({ errorCode: "40002", errorMessage: "rrn not found" }));
    expect(expectFailure(await unknown.pms.queryPayment({ type: "WXPAY", rrn: "002106110418309975314570" }))).toMatchObject({
      kind: "unknown-payment",
      errorCode: "40002",
    });
    const refused = client(() => jsonResponse({ errorCode: "601", errorMessage: "payment error" }));
    expect(expectFailure(await refused.pms.queryPayment({ type: "WXPAY", rrn: "002106110418309975314570" })).kind).toBe("pms-error");
  });

  it("refuses an answer about another rrn", async () => {
    const { pms } = client(() => jsonResponse(specQueryResponse));
    const failure = expectFailure(await pms.queryPayment({ type: "WXPAY", rrn: "002106110418309975314570" }));
    expect(failure.kind).toBe("malformed");
    expect(failure.detail).toContain("rrn 25115260676212289 instead of 002106110418309975314570");
  });
});

describe("failures", () => {
  it("times out on a fetch that never answers", async () => {
    let signal: AbortSignal | undefined;
    const fake = fakeFetch((call) => {
      signal = call.init.signal ?? undefined;
      return new Promise<Response>(() => {});
    });
    const pms = createPmsClient({ ...config, timeoutMs: 20 }, { fetch: fake.fetch, now: () => NOW });
    const failure = expectFailure(await pms.createSale(saleInput));
    expect(failure).toMatchObject({ kind: "timeout" });
    expect(failure.detail).toContain("20 ms");
    expect(signal?.aborted).toBe(true);
  });

  it("reports HTTP 500 with its status", async () => {
    const { pms } = client(() => new Response("Internal Server Error", { status: 500 }));
    expect(expectFailure(await pms.getGateways({ lang: "en" }))).toMatchObject({ kind: "http", httpStatus: 500 });
  });

  it("keeps the errorCode of a non-2xx JSON answer", async () => {
    const { pms } = client(() => jsonResponse({ errorCode: "40002", errorMessage: "bad sign" }, 401));
    expect(expectFailure(await pms.getGateways({ lang: "en" }))).toMatchObject({ kind: "http", httpStatus: 401, errorCode: "40002" });
  });

  it("does not follow a redirect", async () => {
    const { pms, calls } = client(() => new Response(null, { status: 302, headers: { Location: "https://elsewhere.example/" } }));
    expect(expectFailure(await pms.getGateways({ lang: "en" }))).toMatchObject({ kind: "http", httpStatus: 302 });
    expect(calls[0]?.init.redirect).toBe("manual");
  });

  it("reports a body that is not JSON as malformed", async () => {
    const { pms } = client(() => new Response("<html>maintenance</html>", { status: 200 }));
    const failure = expectFailure(await pms.getGateways({ lang: "en" }));
    expect(failure.kind).toBe("malformed");
    expect(failure.detail).toContain("<html>maintenance</html>");
  });

  it("reports errorCode 601 as a PMS error with its code", async () => {
    const { pms } = client(() => jsonResponse({ errorCode: "601", errorMessage: "Duplicated rrn" }));
    const failure = expectFailure(await pms.createSale(saleInput));
    expect(failure).toMatchObject({ kind: "pms-error", errorCode: "601", httpStatus: 200 });
    expect(failure.detail).toContain("Duplicated rrn");
  });

  it("treats only \"0\" as success: errorCode 3 and 40002 are failures, numeric 0 is success", async () => {
    for (const errorCode of ["3", 40002]) {
      const { pms } = client(() => jsonResponse({ ...specGatewayResponse, errorCode }));
      expect(expectFailure(await pms.getGateways({ lang: "en" })).errorCode).toBe(String(errorCode));
    }
    const { pms } = client(() => jsonResponse({ ...specGatewayResponse, errorCode: 0 }));
    expect((await pms.getGateways({ lang: "en" })).ok).toBe(true);
  });

  it("reports a success without paymentUrl as malformed", async () => {
    const { pms } = client((call) => salesAnswer(call, { paymentUrl: undefined }));
    const failure = expectFailure(await pms.createSale(saleInput));
    expect(failure.kind).toBe("malformed");
    expect(failure.detail).toContain("paymentUrl is required");
  });

  it("reports a success without errorCode as malformed", async () => {
    const { pms } = client(() => jsonResponse({ gateways: [] }));
    expect(expectFailure(await pms.getGateways({ lang: "en" })).kind).toBe("malformed");
  });

  it("refuses a sale answered for another amount", async () => {
    const { pms } = client((call) => salesAnswer(call, { amt: 1 }));
    const failure = expectFailure(await pms.createSale(saleInput));
    expect(failure.kind).toBe("malformed");
    expect(failure.detail).toContain("amt 1 instead of 12345");
  });

  it("reports a network error", async () => {
    const { pms } = client(() => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:443"), { code: "ECONNREFUSED" }) });
    });
    const failure = expectFailure(await pms.queryPayment({ type: "WXPAY", rrn: "002106110418309975314570" }));
    expect(failure.kind).toBe("network");
    expect(failure.detail).toContain("ECONNREFUSED");
  });
});

describe("credentials never leak (apiKey, sign, secret)", () => {
  const secrets = [config.apiKey, config.secret, SIGN_AT_NOW];
  // A hostile or buggy server that echoes everything back, in every spelling.
  const echo = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      ...extra,
      echoedKey: config.apiKey,
      echoedSecret: config.secret,
      echoedSign: SIGN_AT_NOW,
      escapedSign: SIGN_AT_NOW.replaceAll("/", "\\/"),
      url: `https://x/?sign=${encodeURIComponent(SIGN_AT_NOW)}&key=${config.apiKey}`,
    });

  const scenarios: [string, (call: RecordedCall) => Response | Promise<Response>, Partial<CreateSaleInput>?][] = [
    ["pms-error", () => new Response(echo({ errorCode: "601", errorMessage: `bad ${config.apiKey} ${SIGN_AT_NOW}` }))],
    ["http", () => new Response(echo(), { status: 500 })],
    ["malformed", () => new Response(`not json ${echo()}`)],
    ["malformed", () => new Response(echo({ errorCode: "0" }))],
    ["network", () => Promise.reject(new TypeError(`fetch failed for ${config.apiKey} ${config.secret} ${SIGN_AT_NOW}`))],
    ["invalid-request", () => new Response(echo()), { amountCents: 0.5 }],
  ];

  it.each(scenarios)("%s", async (kind, respond, change) => {
    const { pms } = client(respond);
    const result = await pms.createSale({ ...saleInput, ...change });
    const failure = expectFailure(result);
    expect(failure.kind).toBe(kind);
    const text = JSON.stringify(result);
    for (const secret of secrets) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
    }
  });

  it("timeout", async () => {
    const fake = fakeFetch(() => new Promise<Response>(() => {}));
    const pms = createPmsClient({ ...config, timeoutMs: 10 }, { fetch: fake.fetch, now: () => NOW });
    const result = await pms.createSale(saleInput);
    expect(expectFailure(result).kind).toBe("timeout");
    for (const secret of secrets) expect(JSON.stringify(result)).not.toContain(secret);
  });

  it("a truncated body cannot leave half a secret behind", async () => {
    const padding = "x".repeat(290);
    const { pms } = client(() => new Response(`${padding}${config.apiKey}`, { status: 500 }));
    const failure = expectFailure(await pms.getGateways({ lang: "en" }));
    expect(failure.detail).not.toContain(config.apiKey.slice(0, 6));
  });
});
