import { describe, expect, it } from "vitest";
import { gatewayRequestSchema, queryRequestSchema, salesRequestSchema } from "./request-schemas";
import { specGatewayRequest, specQueryRequest, specSalesRequest } from "./test-support/spec-examples";

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
