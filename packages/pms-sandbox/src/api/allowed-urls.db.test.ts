import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onlyOrigins } from "../url-policy";
import { listRecentDeliveries } from "../store/deliveries";
import { findTransactionByRrn } from "../store/transactions";
import { callSandbox, salesBody, createTestSandbox, type TestSandbox } from "../test-support";


let database: TestSandbox;
beforeAll(async () => {
  // A sandbox others can reach: only the shop's origin and a partner's (the shop's production demo, --allowed-origins).
  database = await createTestSandbox({ urlPolicy: onlyOrigins(["https://shop.example", "https://partner.example:8443"]) });
});
afterAll(async () => {
  await database.drop();
});

// Both URLs on the shop's own origin, unless a test says otherwise.
const ours = { returnUrl: "https://shop.example/checkout/result?token=t", webhookUrl: "https://shop.example/api/pms/webhook/1" };

describe("a sale's returnUrl and webhookUrl stay on the allowed origins", () => {
  it.each([
    ["returnUrl", "https://evil.example/phish"],
    ["returnUrl", "http://shop.example/checkout/result"],
    ["webhookUrl", "http://127.0.0.1:5432/"],
    ["webhookUrl", "http://169.254.169.254/latest/meta-data/"],
    ["webhookUrl", "https://partner.example/hook"],
  ])("refuses %s = %s with 601, a clear message, and stores nothing", async (field, url) => {
    const sale = salesBody({ ...ours, lang: "en", [field]: url });
    const { status, json } = await callSandbox("sales", sale);
    expect(status).toBe(200);
    expect(json).toEqual({
      errorCode: "601",
      errorMessage: `Invalid field ${field}: it must be on one of these origins: https://shop.example, https://partner.example:8443`,
    });
    expect(await findTransactionByRrn(database.db, sale.rrn)).toBeUndefined();
  });

  it("explains in the sale's language", async () => {
    const { json } = await callSandbox("sales", salesBody({ ...ours, returnUrl: "https://evil.example/" }));
    expect(json.errorMessage).toBe("欄位 returnUrl 無效：網址必須位於以下來源之一：https://shop.example、https://partner.example:8443");
  });

  it("accepts a listed origin, any path, and notifies only there", async () => {
    const sale = salesBody({
      type: "WXPAY",
      returnUrl: ours.returnUrl,
      webhookUrl: "https://partner.example:8443/api/pms/webhook/1",
    });
    expect((await callSandbox("sales", sale)).json.errorCode).toBe("0");
    expect(await callSandbox("complete", { ...salesBody(), rrn: sale.rrn, outcome: "success" })).toMatchObject({ json: { errorCode: "0" } });
    const deliveries = (await listRecentDeliveries(database.db, 50)).filter((d) => d.rrn === sale.rrn);
    expect(deliveries.map((d) => d.url)).toEqual(["https://partner.example:8443/api/pms/webhook/1"]);
  });
});
