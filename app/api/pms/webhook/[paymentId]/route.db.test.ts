import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { webhookInbox } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { getPaymentById } from "@/lib/payments/queries";
import { recordSaleAccepted } from "@/lib/payments/sales";
import { createOrderWithAttempt } from "@/lib/payments/test-support";
import { isWebhookAck } from "@/lib/pms/webhook-reply";
import { POST } from "./route";

vi.hoisted(() => {
  // Before lib/env is read: PMS at a closed port, so nothing can be confirmed inline.
  process.env.PMS_BASE_URL = "http://127.0.0.1:9/tt-pms-ws/rest";
  process.env.PMS_API_KEY = "test-key";
  process.env.PMS_SECRET = "test-secret";
});

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

function post(paymentId: string, body: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://shop.test/api/pms/webhook/${paymentId}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
  return POST(request, { params: Promise.resolve({ paymentId }) });
}

async function pendingPayment() {
  const created = await createOrderWithAttempt(database.db);
  await recordSaleAccepted(database.db, created.payment, { paymentUrl: "http://pms.test/p", answer: {} });
  return (await getPaymentById(database.db, created.payment.id))!;
}

describe("POST /api/pms/webhook/[paymentId]", () => {
  it("answers 400 with a PMS-style error for garbage, never a 500", async () => {
    const notJson = await post("x", "{{{");
    expect(notJson.status).toBe(400);
    expect(isWebhookAck(await notJson.json())).toBe(false);
    expect((await post("x", JSON.stringify({ amount: 5 }))).status).toBe(400);
    expect((await post("x", "[]")).status).toBe(400);
    expect((await post("x", "")).status).toBe(400);
  });

  it("refuses a body over the size limit", async () => {
    const response = await post("x", JSON.stringify({ rrn: "1", pad: "x".repeat(20_000) }));
    expect(response.status).toBe(413);
  });

  it("answers 404 for an rrn that is not ours, or not this payment's", async () => {
    const payment = await pendingPayment();
    expect((await post(payment.id, JSON.stringify({ rrn: "999999999999999999999999" }))).status).toBe(404);
    expect((await post("00000000-0000-0000-0000-000000000000", JSON.stringify({ rrn: payment.rrn }))).status).toBe(404);
  });

  it("stores the notification, answers errorCode 0, and takes nothing from the body", async () => {
    const payment = await pendingPayment();
    const forged = { storeCode: "ST01", tillId: "01", type: "WXPAY", rrn: payment.rrn, amount: payment.amountCents, gwRefCode: "FORGED", txDatetime: "2026-11-25T10:00:00+0800", salesman: "9999", orgRrn: "" };
    const started = Date.now();
    const response = await post(payment.id, JSON.stringify(forged));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(response.status).toBe(200);
    expect(isWebhookAck(await response.json())).toBe(true);
    const after = (await getPaymentById(database.db, payment.id))!;
    expect(after.status).toBe("pending");
    expect(after.gwRefCode).toBeNull();
    const inbox = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.processedAt).toBeNull();
  });

  it("accepts the tolerant forms of the payload, and refuses an rrn sent as an unsafe number", async () => {
    const payment = await pendingPayment();
    const tolerant = await post(payment.id, `{"rrn": "${payment.rrn}", "amount": "10", "orgRrn": null, "somethingNew": true}`);
    expect(tolerant.status).toBe(200);
    // 24 digits as a JSON number lose precision: it cannot name a payment, so it is refused clearly.
    expect((await post(payment.id, `{"rrn": ${payment.rrn}}`)).status).toBe(400);
  });
});
