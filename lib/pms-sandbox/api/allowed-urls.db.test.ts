import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { listRecentDeliveries } from "../store/deliveries";
import { findTransactionByRrn } from "../store/transactions";
import { callSandbox, salesBody } from "../test-support";

// A production demo, read when lib/env and the sandbox's env are first imported;
// unstubbed afterwards so other test files in this worker do not inherit it.
vi.hoisted(() => {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("PMS_SANDBOX", "on");
  vi.stubEnv("APP_URL", "https://shop.example");
  vi.stubEnv("PMS_SANDBOX_ALLOWED_ORIGINS", "https://partner.example:8443");
});

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.drop();
});

// Both URLs on the shop's own origin, unless a test says otherwise.
const ours = { returnUrl: "https://shop.example/checkout/result?token=t", webhookUrl: "https://shop.example/api/pms/webhook/1" };

describe("in production a sale's returnUrl and webhookUrl stay on our origins", () => {
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
      errorMessage: `Invalid field ${field}: it must be on https://shop.example or on an origin listed in PMS_SANDBOX_ALLOWED_ORIGINS`,
    });
    expect(await findTransactionByRrn(database.db, sale.rrn)).toBeUndefined();
  });

  it("explains in the sale's language", async () => {
    const { json } = await callSandbox("sales", salesBody({ ...ours, returnUrl: "https://evil.example/" }));
    expect(json.errorMessage).toBe("欄位 returnUrl 無效：網址必須位於 https://shop.example 或 PMS_SANDBOX_ALLOWED_ORIGINS 所列的來源");
  });

  it("accepts APP_URL's origin and a listed origin, any path, and notifies only there", async () => {
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
