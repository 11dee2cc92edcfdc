import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { payments, webhookInbox } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { flushCopyCounts } from "@/lib/payments/copy-counts";
import { getPaymentById } from "@/lib/payments/queries";
import { recordSaleAccepted } from "@/lib/payments/sales";
import { createOrderWithAttempt } from "@/lib/payments/test-support";
import { applyPaymentStatus } from "@/lib/payments/state-writer";
import { isWebhookAck } from "@pms-kit/client/webhook";
import { POST } from "./route";

// Work the route defers with after() is collected here and run by the test, after the response.
const deferred = vi.hoisted(() => ({ tasks: [] as (() => Promise<unknown>)[] }));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => Promise<unknown>) => {
    deferred.tasks.push(task);
  },
}));
beforeEach(() => {
  deferred.tasks = [];
});

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

  it("answers garbage with a 4xx, never a 503: NUL bytes, lone surrogates, deep nesting, an object as rrn", async () => {
    const payment = await pendingPayment();
    const garbage = [
      `{"rrn": "${payment.rrn}", "gwRefCode": "a\\u0000b"}`,
      `{"rrn": "${payment.rrn}\\u0000"}`,
      `{"rrn": "${payment.rrn}", "salesman": "\\ud800"}`,
      `{"rrn": "${payment.rrn}", "x": ${"[".repeat(5000)}${"]".repeat(5000)}}`,
      `{"rrn": {"${payment.rrn}": 1}}`,
      `{"rrn": ["${payment.rrn}"]}`,
    ];
    for (const body of garbage) {
      const response = await post(payment.id, body);
      expect(response.status, body.slice(0, 60)).toBeGreaterThanOrEqual(400);
      expect(response.status, body.slice(0, 60)).toBeLessThan(500);
    }
    expect(await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn))).toHaveLength(0);
  });

  it("refuses a body over the size limit", async () => {
    const response = await post("x", JSON.stringify({ rrn: "1", pad: "x".repeat(20_000) }));
    expect(response.status).toBe(413);
  });

  it("answers 404 for an rrn that is not ours, or not this payment's", async () => {
    const payment = await pendingPayment();
    expect((await post(payment.id, JSON.stringify({ rrn: "999999999999999999999999" }))).status).toBe(404);
    expect((await post("00000000-0000-0000-0000-000000000000", JSON.stringify({ rrn: payment.rrn }))).status).toBe(404);
    for (const notAnId of ["x", "1%27%20or%201=1", "%00"]) {
      expect((await post(notAnId, JSON.stringify({ rrn: payment.rrn }))).status, notAnId).toBe(404);
    }
  });

  it("stores the notification, answers errorCode 0, and takes nothing from the body", async () => {
    const payment = await pendingPayment();
    const forged = { storeCode: "ST01", tillId: "01", type: "WXPAY", rrn: payment.rrn, amount: payment.amountCents, gwRefCode: "FORGED", txDatetime: "2026-11-25T10:00:00+0800", salesman: "9999", orgRrn: "" };
    const response = await post(payment.id, JSON.stringify(forged));
    // Answered without waiting on PMS: its confirmation is left for after the response.
    expect(deferred.tasks).toHaveLength(1);
    expect(response.status).toBe(200);
    expect(isWebhookAck(await response.json())).toBe(true);
    const after = (await getPaymentById(database.db, payment.id))!;
    expect(after.status).toBe("pending");
    expect(after.gwRefCode).toBeNull();
    const inbox = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.processedAt).toBeNull();
  });

  it("acknowledges once stored, and asks PMS only after the response", async () => {
    const payment = await pendingPayment();
    const response = await post(payment.id, JSON.stringify({ rrn: payment.rrn }));
    expect(isWebhookAck(await response.json())).toBe(true);
    const [stored] = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
    expect(stored!.attempts).toBe(0);
    expect(deferred.tasks).toHaveLength(1);
    await deferred.tasks[0]!();
    // PMS (a closed port here) could not confirm it: the row stays for the worker, with the reason.
    const [tried] = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
    expect(tried!.attempts).toBe(1);
    expect(tried!.processedAt).toBeNull();
    expect(tried!.lastError).not.toBeNull();
  });

  it("counts copies of a notification confirmed in the last 30 s on that row, with no new row and no query", async () => {
    const payment = await pendingPayment();
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" });
    const body = { rrn: payment.rrn, amount: payment.amountCents, gwRefCode: "GW-9" };
    await database.db.insert(webhookInbox).values({ rrn: payment.rrn, paymentId: payment.id, payload: body, processedAt: new Date(), attempts: 1 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(payment.id, JSON.stringify(body))));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    // Tallied in memory and added to the row about once a second (copy-counts.ts); the test adds them now.
    await flushCopyCounts();
    const rows = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.receivedCount).toBe(21);
    expect(deferred.tasks).toHaveLength(0);
    // A paid payment may still be refunded: one status check follows the window.
    const [after] = await database.db.select().from(payments).where(eq(payments.id, payment.id));
    expect(after!.nextCheckAt!.getTime()).toBe(rows[0]!.processedAt!.getTime() + 30_000);
  });

  it("a notification that differs from the one confirmed (a refund's) is stored and confirmed", async () => {
    const payment = await pendingPayment();
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" });
    const paid = { rrn: payment.rrn, txDatetime: "2026-11-25T10:00:00+0800" };
    await database.db.insert(webhookInbox).values({ rrn: payment.rrn, paymentId: payment.id, payload: paid, processedAt: new Date(), attempts: 1 });
    const refund = { rrn: payment.rrn, txDatetime: "2026-11-25T10:00:20+0800" };
    expect((await post(payment.id, JSON.stringify(refund))).status).toBe(200);
    const open = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
    expect(open.filter((row) => row.processedAt === null)).toHaveLength(1);
    expect(deferred.tasks).toHaveLength(1);
  });

  it("accepts the tolerant forms of the payload, and refuses an rrn sent as an unsafe number", async () => {
    const payment = await pendingPayment();
    const tolerant = await post(payment.id, `{"rrn": "${payment.rrn}", "amount": "10", "orgRrn": null, "somethingNew": true}`);
    expect(tolerant.status).toBe(200);
    // 24 digits as a JSON number lose precision: it cannot name a payment, so it is refused clearly.
    expect((await post(payment.id, `{"rrn": ${payment.rrn}}`)).status).toBe(400);
  });
});
