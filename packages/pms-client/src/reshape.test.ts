import { describe, expect, it } from "vitest";
import { gatewayResponseSchema, queryResponseSchema, salesResponseSchema } from "./response-schemas";
import { reshapeGateways, reshapePayment, reshapeSale } from "./reshape";
import { specGatewayResponse, specQueryResponse, specSalesResponse } from "./test-support/spec-examples";

const query = (change: Record<string, unknown> = {}) => queryResponseSchema.parse({ ...specQueryResponse, ...change });

describe("reshapePayment: the query answer in our words", () => {
  it("gives rrn, amount in cents, currency, store, status and gateway reference", () => {
    expect(reshapePayment(query())).toMatchObject({
      rrn: "25115260676212289",
      amountCents: 1,
      currency: "HKD",
      storeCode: "ST01",
      status: "succeeded",
      gatewayRef: "4200001019202106017620699482",
    });
  });

  it.each([
    ["02", "failed"],
    ["03", "expired"],
    ["04", "refunded"],
    ["5", "pending"],
  ])("maps status %s to %s, documented so no undocumentedStatus", (code, status) => {
    const payment = reshapePayment(query({ gwRefStatus: code }));
    expect(payment.status).toBe(status);
    expect(payment).not.toHaveProperty("undocumentedStatus");
  });

  it("reads an undocumented status as pending and names the code", () => {
    expect(reshapePayment(query({ gwRefStatus: "09" }))).toMatchObject({ status: "pending", undocumentedStatus: "09" });
  });

  it("leaves the optional store and gateway reference absent when PMS sends none", () => {
    const payment = reshapePayment(query({ storeCode: null, gwRefCode: "" }));
    expect(payment.storeCode).toBeUndefined();
    expect(payment.gatewayRef).toBeUndefined();
  });

  it("keeps the answer as sent for the record", () => {
    expect(reshapePayment(query()).raw).toMatchObject({ gwRefStatus: "01", amt: 1, ccy: "HKD" });
  });
});

describe("reshapeSale and reshapeGateways", () => {
  it("reads PMS's timeout of 0 as 'not said'", () => {
    const sale = reshapeSale(salesResponseSchema.parse(specSalesResponse));
    expect(sale.openForSeconds).toBeUndefined();
    expect(sale.paymentUrl).toMatch(/^https:\/\//);
  });

  it("turns the spec's six gateways into six payable methods with labels", () => {
    const methods = reshapeGateways(gatewayResponseSchema.parse(specGatewayResponse));
    expect(methods.map((method) => method.type)).toEqual(["WXPAY", "ALIPAY", "ALIPAYOS", "FPSPAY", "VMPAY", "UNIONPAY"]);
    expect(methods[0]).toEqual({ type: "WXPAY", label: "微信支付", logo: "data:image/svg+xml;base64,..." });
  });
});
