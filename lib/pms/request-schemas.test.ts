import { describe, expect, it } from "vitest";
import { gatewayRequestSchema, queryRequestSchema, salesRequestSchema } from "./request-schemas";
import {
  incomingGatewayRequestSchema,
  incomingQueryRequestSchema,
  incomingSalesRequestSchema,
} from "./incoming-request-schemas";
import { describeIssues } from "./schema-helpers";
import { omit, specGatewayRequest, specQueryRequest, specSalesRequest } from "./test-support/spec-examples";

const messagesOf = (result: { success: boolean; error?: { issues: readonly { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("strict outgoing requests", () => {
  const sales = { ...specSalesRequest, rrn: "002106110418309975314570", returnUrl: "https://shop.example/r", webhookUrl: "https://shop.example/w" };

  it("accept the spec's gateway and sales examples", () => {
    expect(gatewayRequestSchema.safeParse(specGatewayRequest).success).toBe(true);
    expect(salesRequestSchema.safeParse(sales).success).toBe(true);
  });

  it("refuse unknown fields, a non-HKD currency and non-integer or non-positive amounts", () => {
    expect(salesRequestSchema.safeParse({ ...sales, tradeMode: "WEBSITE" }).success).toBe(false);
    expect(messagesOf(salesRequestSchema.safeParse({ ...sales, ccy: "USD" }))).toEqual([
      "ccy must be HKD, the only currency PMS supports",
    ]);
    for (const amt of [0, -10, 1.5, "100", Number.NaN]) {
      expect(messagesOf(salesRequestSchema.safeParse({ ...sales, amt }))).toEqual(["amt must be a positive integer (cents)"]);
    }
  });

  it("refuse an rrn that is not 24 digits, a txDateTime with a colon offset, an extendParam object", () => {
    expect(messagesOf(salesRequestSchema.safeParse({ ...sales, rrn: "25115260676212289" }))).toEqual([
      "rrn must be exactly 24 digits",
    ]);
    expect(salesRequestSchema.safeParse({ ...sales, txDateTime: "2021-06-11T16:18:30+08:00" }).success).toBe(false);
    expect(salesRequestSchema.safeParse({ ...sales, extendParam: { subject: "a", seller: "b" } }).success).toBe(false);
    expect(salesRequestSchema.safeParse({ ...sales, extendParam: '{"subject":"a"}' }).success).toBe(false);
  });

  it("send the query timestamp as a number, never a string", () => {
    const query = { ...specQueryRequest, rrn: "002106110418309975314570" };
    expect(queryRequestSchema.safeParse(query).success).toBe(false);
    expect(queryRequestSchema.safeParse({ ...query, timestamp: 1623724168633 }).success).toBe(true);
  });
});

describe("tolerant incoming requests (sandbox)", () => {
  it("accept the spec's three request examples, including the string timestamp", () => {
    expect(incomingGatewayRequestSchema.parse(specGatewayRequest)).toMatchObject({ lang: "zh_hk", timestamp: 1623205724171 });
    const query = incomingQueryRequestSchema.parse(specQueryRequest);
    expect(query.timestamp).toBe(1623724168633);
    expect(query.lang).toBeUndefined();
    expect(incomingSalesRequestSchema.parse(specSalesRequest)).toMatchObject({
      amt: 90000,
      lang: "zh_hk",
      extendParam: { subject: "Long Desc", seller: "Short Desc" },
    });
  });

  it("accept any lang spelling and null for absent optional fields", () => {
    expect(incomingQueryRequestSchema.parse({ ...specQueryRequest, lang: "zh-CN", tillId: null }).lang).toBe("zh_cn");
    expect(incomingSalesRequestSchema.parse({ ...specSalesRequest, lang: "TC", cashier: null }).lang).toBe("zh_hk");
    expect(incomingGatewayRequestSchema.parse({ ...specGatewayRequest, lang: undefined }).lang).toBe("zh_hk");
  });

  it.each([
    [{ amt: 1.5 }, "amt must be a positive integer (cents, e.g. 10 for $0.10)"],
    [{ amt: 0 }, "amt must be a positive integer (cents, e.g. 10 for $0.10)"],
    [{ amt: "900" }, "amt must be a positive integer (cents, e.g. 10 for $0.10)"],
    [{ amt: undefined }, "amt is required"],
    [{ ccy: "USD" }, "ccy must be HKD, the only currency PMS supports"],
    [{ ccy: null }, "ccy is required"],
    [{ timestamp: "soon" }, "timestamp must be a number of milliseconds (a JSON number or a string of digits)"],
    [{ sign: "abc" }, "sign must be Base64(HMAC-SHA1(secret, timestamp)), 28 characters"],
    [{ lang: "fr" }, "lang must be one of en, zh_hk, zh_cn (any case, '_' or '-', or TC/SC/EN)"],
    [{ lang: undefined }, "lang is required"],
    [{ type: "BITCOIN" }, "type must be one of WXPAY, ALIPAY, ALIPAYOS, FPSPAY, VMPAY, UNIONPAY"],
    [{ rrn: "12-34" }, "rrn must be 1 to 64 letters or digits"],
    [{ storeCode: "" }, "storeCode must not be empty"],
    [{ salesman: 9999 }, "salesman must be a string"],
    [{ txDateTime: "2021-06-11 16:18:30" }, "txDateTime must look like 2021-06-09T13:10:33+0800"],
    [{ returnUrl: "javascript:alert(1)" }, "returnUrl must be an absolute http(s) URL"],
    [{ extendParam: { subject: "Water" } }, 'extendParam must be a string holding JSON, e.g. "{\\"subject\\":\\"Water\\",\\"seller\\":\\"Watsons HK\\"}"'],
    [{ extendParam: "not json" }, 'extendParam must hold a JSON object such as {"subject":…,"seller":…}'],
  ])("name the bad field: %j", (change, message) => {
    const result = incomingSalesRequestSchema.safeParse({ ...specSalesRequest, ...change });
    expect(messagesOf(result)).toEqual([message]);
  });

  it("accept a sales request without the M/O fields extendParam, returnUrl, webhookUrl", () => {
    const rest = omit(specSalesRequest, ["extendParam", "returnUrl", "webhookUrl"]);
    const parsed = incomingSalesRequestSchema.parse({ ...rest, returnUrl: "" });
    expect(parsed.extendParam).toBeUndefined();
    expect(parsed.returnUrl).toBeUndefined();
  });

  it("accept a timestamp sent as a number or as digits and the +08:00 offset", () => {
    const parsed = incomingSalesRequestSchema.parse({ ...specSalesRequest, timestamp: "1623399510000", txDateTime: "2021-06-11T16:18:30+08:00" });
    expect(parsed.timestamp).toBe(1623399510000);
  });

  it("describe several problems in one line for a 40002 answer", () => {
    const result = incomingQueryRequestSchema.safeParse({ timestamp: "x" });
    expect(describeIssues(result.error?.issues ?? [])).toBe(
      "apiKey is required; sign is required; timestamp must be a number of milliseconds (a JSON number or a string of digits); type is required; rrn is required; storeCode is required",
    );
  });
});
