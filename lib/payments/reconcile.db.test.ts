import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payments, webhookInbox } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { getOrderRow, getPaymentById } from "./queries";
import { recordSaleAccepted } from "./sales";
import { nextCheckDelayMs, reconcileDuePayments } from "./reconcile";
import { createFakePms, createOrderWithAttempt, storedNotification } from "./test-support";
import { confirmStoredWebhook, processDueWebhooks, receiveWebhook } from "./webhook-inbox";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function duePendingPayment() {
  const created = await createOrderWithAttempt(database.db, { now: new Date(Date.now() - 10_000) });
  if (created.kind !== "created") throw new Error("expected a new attempt");
  await recordSaleAccepted(database.db, created.payment, { paymentUrl: "http://pms.test/p", answer: {} });
  return (await getPaymentById(database.db, created.payment.id))!;
}

describe("reconciliation", () => {
  it("settles a payment whose webhook never came", async () => {
    const payment = await duePendingPayment();
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "succeeded", amountCents: payment.amountCents });
    const summary = await reconcileDuePayments({ client: pms.client });
    expect(summary.settled).toBeGreaterThanOrEqual(1);
    expect((await getPaymentById(database.db, payment.id))!.status).toBe("succeeded");
    expect((await getOrderRow(database.db, payment.orderId))!.status).toBe("paid");
  });

  it("backs off while PMS says pending, and is not due again until then", async () => {
    const payment = await duePendingPayment();
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "pending", amountCents: payment.amountCents });
    const now = new Date();
    await reconcileDuePayments({ client: pms.client, now });
    const after = (await getPaymentById(database.db, payment.id))!;
    expect(after.status).toBe("pending");
    expect(after.checkCount).toBe(1);
    expect(after.nextCheckAt!.getTime()).toBe(now.getTime() + nextCheckDelayMs(1));
    const queries = pms.queries;
    await reconcileDuePayments({ client: pms.client, now });
    expect(pms.queries).toBe(queries);
    expect(nextCheckDelayMs(20)).toBe(5 * 60_000);
  });

  it("two reconcilers at once query each due payment once", async () => {
    const created = await Promise.all([duePendingPayment(), duePendingPayment(), duePendingPayment()]);
    const pms = createFakePms();
    for (const payment of created) pms.answer(payment.rrn, { status: "pending", amountCents: payment.amountCents });
    const [a, b] = await Promise.all([
      reconcileDuePayments({ client: pms.client }),
      reconcileDuePayments({ client: pms.client }),
    ]);
    expect(a.checked + b.checked).toBe(pms.queries);
    for (const payment of created) {
      expect((await getPaymentById(database.db, payment.id))!.checkCount).toBe(1);
    }
  });

  it("gives up well past the timeout: expired, and a later success is flagged paid late", async () => {
    const payment = await duePendingPayment();
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "pending", amountCents: payment.amountCents });
    const muchLater = new Date(payment.pmsTimeoutAt.getTime() + 2 * 60 * 60 * 1000);
    await database.db.update(payments).set({ nextCheckAt: muchLater }).where(eq(payments.id, payment.id));
    await reconcileDuePayments({ client: pms.client, now: muchLater });
    expect((await getPaymentById(database.db, payment.id))!.status).toBe("expired");
    expect((await getOrderRow(database.db, payment.orderId))!.status).toBe("expired");

    pms.answer(payment.rrn, { status: "succeeded", amountCents: payment.amountCents });
    await confirmStoredWebhook(storedNotification(await receiveWebhook({ rrn: payment.rrn, paymentId: payment.id, payload: { rrn: payment.rrn } })), { client: pms.client });
    const late = (await getPaymentById(database.db, payment.id))!;
    expect(late.status).toBe("succeeded");
    expect(late.flag).toBe("paid_late");
  });

  it("fails an attempt PMS never heard of, once the sale is old enough", async () => {
    const created = await createOrderWithAttempt(database.db, { now: new Date(Date.now() - 120_000) });
    const pms = createFakePms();
    pms.answer(created.payment.rrn, "unknown");
    await database.db.update(payments).set({ nextCheckAt: new Date(0) }).where(eq(payments.id, created.payment.id));
    await reconcileDuePayments({ client: pms.client });
    expect((await getPaymentById(database.db, created.payment.id))!.status).toBe("failed");
  });
});

describe("webhook inbox", () => {
  it("folds 50 copies of one notification into one open row", async () => {
    const payment = await duePendingPayment();
    await Promise.all(
      Array.from({ length: 50 }, () => receiveWebhook({ rrn: payment.rrn, paymentId: payment.id, payload: { rrn: payment.rrn } })),
    );
    const rows = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.receivedCount).toBe(50);
  });

  it("keeps a notification it could not confirm, and confirms it later", async () => {
    const payment = await duePendingPayment();
    const pms = createFakePms();
    pms.answer(payment.rrn, "down");
    await confirmStoredWebhook(storedNotification(await receiveWebhook({ rrn: payment.rrn, paymentId: payment.id, payload: {} })), { client: pms.client });
    const [kept] = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
    expect(kept!.processedAt).toBeNull();
    expect(kept!.attempts).toBe(1);
    pms.answer(payment.rrn, { status: "failed", amountCents: payment.amountCents });
    await processDueWebhooks({ client: pms.client, now: new Date(Date.now() + 10 * 60_000) });
    const [done] = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
    expect(done!.processedAt).not.toBeNull();
    expect((await getPaymentById(database.db, payment.id))!.status).toBe("failed");
  });
});
