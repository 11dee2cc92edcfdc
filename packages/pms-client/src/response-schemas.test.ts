import { describe, expect, it } from "vitest";
import {
  gatewayResponseSchema,
  pmsEnvelopeSchema,
  queryResponseSchema,
  salesResponseSchema,
} from "./response-schemas";
import { pmsWebhookSchema } from "./webhook-schema";
import { omit, specGatewayResponse, specQueryResponse, specSalesResponse, specWebhook } from "./test-support/spec-examples";

describe("contract: the spec's response examples parse", () => {
  it("gateway response", () => {
    const parsed = gatewayResponseSchema.parse(specGatewayResponse);
    expect(parsed.errorCode).toBe("0");
    expect(parsed.gateways.map((g) => g.type)).toEqual(["WXPAY", "ALIPAY", "ALIPAYOS", "FPSPAY", "VMPAY", "UNIONPAY"]);
    expect(parsed.gateways[3]).toMatchObject({ desc: "Faster Payment System Pay", langDesc: "轉數快" });
    expect(parsed.extendParam).toBeUndefined();
  });

  it("sales response, with undocumented fields kept and TC read as zh_hk", () => {
    const parsed = salesResponseSchema.parse(specSalesResponse);
    expect(parsed).toMatchObject({
      errorCode: "0",
      rrn: "002106110418309975314570",
      amt: 90000,
      ccy: "HKD",
      lang: "zh_hk",
      gwErrorCode: "Approved",
      timeout: 0,
      tradeMode: "WEBSITE",
    });
    expect(parsed.paymentUrl).toMatch(/^https:\/\/pms-prod-fps\.ttretail\.com\/pms-payment\//);
    expect(parsed.gwRefCode).toBeUndefined();
  });

  it("query response, with null and empty fields absent", () => {
    const parsed = queryResponseSchema.parse(specQueryResponse);
    expect(parsed).toMatchObject({ rrn: "25115260676212289", amt: 1, ccy: "HKD", gwRefStatus: "01", gwErrorCode: "0" });
    expect(parsed.lang).toBeUndefined();
    expect(parsed.orgRrn).toBeUndefined();
  });

  it("webhook body", () => {
    const parsed = pmsWebhookSchema.parse(specWebhook);
    expect(parsed).toMatchObject({ rrn: "002105250533384472389602", amount: 10, txDatetime: "2021-05-25T17:33:38+0800" });
    expect(parsed.orgRrn).toBeUndefined();
  });
});

describe("tolerance (docs/pms/NOTES.md #3, #10)", () => {
  it("reads errorCode 0 as \"0\" and digit strings as numbers", () => {
    const parsed = queryResponseSchema.parse({ ...specQueryResponse, errorCode: 0, amt: "100", gwRefStatus: 1 });
    expect(parsed).toMatchObject({ errorCode: "0", amt: 100, gwRefStatus: "01" });
  });

  it("treats null optional fields as absent", () => {
    const parsed = salesResponseSchema.parse({ ...specSalesResponse, gwErrorCode: null, timeout: null, storeCode: null });
    expect(parsed.gwErrorCode).toBeUndefined();
    expect(parsed.timeout).toBeUndefined();
    expect(parsed.storeCode).toBeUndefined();
  });

  it("reads the envelope of an error answer whose other fields are missing", () => {
    expect(pmsEnvelopeSchema.parse({ errorCode: 601, errorMessage: "duplicated rrn" })).toMatchObject({
      errorCode: "601",
      errorMessage: "duplicated rrn",
    });
    expect(pmsEnvelopeSchema.safeParse({ errorMessage: "?" }).success).toBe(false);
  });

  it("drops a broken gateway entry and a remote logo instead of failing the list", () => {
    const parsed = gatewayResponseSchema.parse({
      errorCode: "0",
      gateways: [{ desc: "no type" }, { type: "FPSPAY", desc: null, base64Logo: "https://tracker.example/x.png" }],
    });
    expect(parsed.gateways).toEqual([{ type: "FPSPAY", desc: "FPSPAY", langDesc: "FPSPAY" }]);
  });

  it("accepts a webhook rrn sent as a safe integer, and refuses one without rrn", () => {
    expect(pmsWebhookSchema.parse({ rrn: 2105250533 }).rrn).toBe("2105250533");
    expect(pmsWebhookSchema.safeParse({ ...specWebhook, rrn: undefined }).success).toBe(false);
    expect(pmsWebhookSchema.safeParse({ rrn: 1e30 }).success).toBe(false);
  });

  it("keeps a quirky webhook usable: a bad optional field is dropped", () => {
    expect(pmsWebhookSchema.parse({ rrn: "1", amount: "ten", salesman: {} })).toEqual({ rrn: "1" });
  });
});

describe("strictness where it matters", () => {
  it("refuses a paymentUrl that is not http(s)", () => {
    for (const paymentUrl of ["javascript:alert(1)", "data:text/html,x", "/relative", ""]) {
      expect(salesResponseSchema.safeParse({ ...specSalesResponse, paymentUrl }).success).toBe(false);
    }
  });

  it("names a missing paymentUrl", () => {
    const result = salesResponseSchema.safeParse(omit(specSalesResponse, ["paymentUrl"]));
    expect(result.error?.issues.map((i) => i.message)).toEqual(["paymentUrl is required"]);
  });

  it("requires gwRefStatus on a query answer", () => {
    expect(queryResponseSchema.safeParse({ ...specQueryResponse, gwRefStatus: null }).success).toBe(false);
  });
});
