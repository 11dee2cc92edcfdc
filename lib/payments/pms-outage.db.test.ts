import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testActor } from "@/lib/auth/test-actors";
import { listPaymentsForStaff } from "@/lib/admin/queries";
import { paymentEvents, webhookInbox } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { getOrderRow, getPaymentById } from "./queries";
import { reconcileDuePayments } from "./reconcile";
import { recordSaleAccepted } from "./sales";
import { applyPaymentStatus } from "./state-writer";
import { createFakePms, createOrderWithAttempt, heldNotification, storedNotification } from "./test-support";
import { flushCopyCounts } from "./copy-counts";
import { findConfirmedCopy, forgetConfirmations } from "./recent-confirmations";
import { confirmStoredWebhook, processDueWebhooks, receiveWebhook } from "./webhook-inbox";

// A long outage in minutes instead of hours: short timeouts, set before lib/env is read.
vi.hoisted(() => {
  process.env.RECONCILE_GIVE_UP_AFTER_MS = "60000";
  process.env.RECONCILE_MAX_BACKOFF_MS = "20000";
  process.env.PAYMENT_LATE_CHECKS_MS = "120000,300000,900000";
  process.env.WEBHOOK_INBOX_MAX_ATTEMPTS = "3";
});

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function pendingPayment() {
  const created = await createOrderWithAttempt(database.db);
  await recordSaleAccepted(database.db, created.payment, { paymentUrl: "http://pms.test/p", answer: {} });
  return (await getPaymentById(database.db, created.payment.id))!;
}

const current = async (id: string) => (await getPaymentById(database.db, id))!;
const eventKinds = async (id: string) =>
  (await database.db.select().from(paymentEvents).where(eq(paymentEvents.paymentId, id)).orderBy(paymentEvents.id)).map((e) => e.kind);

/** Runs reconciliation at each moment the payment is next due, until `until`; returns the last moment. */
async function reconcileUntil(id: string, until: Date, client: ReturnType<typeof createFakePms>["client"]) {
  let now = new Date();
  for (let i = 0; i < 200; i++) {
    const next = (await current(id)).nextCheckAt;
    if (!next || next > until) break;
    now = next;
    await reconcileDuePayments({ client, now });
  }
  return now;
}

describe("PMS cannot be asked for a long time", () => {
  it("a payment is never closed as expired because PMS could not be asked; staff see it as PMS unreachable", async () => {
    const payment = await pendingPayment();
    const pms = createFakePms();
    pms.answer(payment.rrn, "down");
    // Well past the PMS timeout (5 min) and the give-up window (1 min here).
    const until = new Date(payment.pmsTimeoutAt.getTime() + 30 * 60_000);
    const last = await reconcileUntil(payment.id, until, pms.client);
    expect(last.getTime()).toBeGreaterThan(payment.pmsTimeoutAt.getTime() + 60_000);
    const after = await current(payment.id);
    expect(after.status).toBe("pending");
    expect(after.pmsUnreachableSince).not.toBeNull();
    // Capped back-off: asked again within the cap, not given up.
    expect(after.nextCheckAt!.getTime() - last.getTime()).toBeLessThanOrEqual(20_000);
    expect(pms.queriesOf(payment.rrn)).toBeGreaterThan(20);
    expect((await eventKinds(payment.id)).filter((kind) => kind === "pms_unreachable")).toHaveLength(1);
    const attention = await listPaymentsForStaff(testActor("read_only"), { view: "attention", rrn: payment.rrn });
    expect(attention.rows.map((row) => row.payment.id)).toEqual([payment.id]);

    // PMS answers again, and still says pending past the window: now PMS's own word closes it.
    pms.answer(payment.rrn, { status: "pending", amountCents: payment.amountCents });
    await reconcileDuePayments({ client: pms.client, now: after.nextCheckAt! });
    const closed = await current(payment.id);
    expect(closed.status).toBe("expired");
    expect(closed.pmsUnreachableSince).toBeNull();
    expect(await eventKinds(payment.id)).toEqual(expect.arrayContaining(["pms_reachable", "gave_up"]));
    expect((await listPaymentsForStaff(testActor("read_only"), { view: "attention", rrn: payment.rrn })).rows).toHaveLength(0);
  });

  it("PMS's own timeout (03) expires a payment at once", async () => {
    const payment = await pendingPayment();
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "expired", amountCents: payment.amountCents });
    await reconcileDuePayments({ client: pms.client, now: payment.nextCheckAt! });
    expect((await current(payment.id)).status).toBe("expired");
  });
});

describe("late re-checks of expired and failed payments", () => {
  it("an expired payment is asked about again later; a late success is applied and flagged paid late", async () => {
    const payment = await pendingPayment();
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "expired", source: "reconcile" });
    const expired = await current(payment.id);
    expect(expired.nextCheckAt!.getTime()).toBe(expired.finalizedAt!.getTime() + 120_000);
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "succeeded", amountCents: payment.amountCents });
    await reconcileDuePayments({ client: pms.client, now: expired.nextCheckAt! });
    const late = await current(payment.id);
    expect(late.status).toBe("succeeded");
    expect(late.flag).toBe("paid_late");
    expect(late.nextCheckAt).toBeNull();
    const order = (await getOrderRow(database.db, payment.orderId))!;
    expect(order.status).toBe("paid");
    expect(order.paidLateAt).not.toBeNull();
  });

  it("a failed payment is re-checked at each configured delay, then never again", async () => {
    const payment = await pendingPayment();
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "failed", source: "webhook" });
    const failed = await current(payment.id);
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "failed", amountCents: payment.amountCents });
    const checks: number[] = [];
    for (let next = failed.nextCheckAt; next; next = (await current(payment.id)).nextCheckAt) {
      checks.push(next.getTime() - failed.finalizedAt!.getTime());
      await reconcileDuePayments({ client: pms.client, now: next });
    }
    expect(checks).toEqual([120_000, 300_000, 900_000]);
    expect(pms.queriesOf(payment.rrn)).toBe(3);
    expect((await current(payment.id)).status).toBe("failed");
  });

  it("a late re-check PMS cannot answer is retried on the back-off, not skipped", async () => {
    const payment = await pendingPayment();
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "expired", source: "reconcile" });
    const expired = await current(payment.id);
    const pms = createFakePms();
    pms.answer(payment.rrn, "down");
    await reconcileDuePayments({ client: pms.client, now: expired.nextCheckAt! });
    const retry = (await current(payment.id)).nextCheckAt!;
    expect(retry.getTime()).toBeLessThanOrEqual(expired.nextCheckAt!.getTime() + 20_000);
    pms.answer(payment.rrn, { status: "succeeded", amountCents: payment.amountCents });
    await reconcileDuePayments({ client: pms.client, now: retry });
    expect((await current(payment.id)).flag).toBe("paid_late");
  });
});

describe("the webhook inbox after its retries", () => {
  it("never drops a notification silently: it hands the payment to reconciliation and flags it", async () => {
    const payment = await pendingPayment();
    const pms = createFakePms();
    pms.answer(payment.rrn, "down");
    const { held } = heldNotification(await receiveWebhook({ rrn: payment.rrn, paymentId: payment.id, payload: { rrn: payment.rrn } }));
    // Its receiver died before confirming it: the worker takes it once the receiver's lease has run out.
    let now = held.leaseUntil;
    for (let i = 0; i < 3; i++) {
      await processDueWebhooks({ client: pms.client, now });
      const [row] = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
      now = row!.processedAt ?? row!.nextAttemptAt;
    }
    const [row] = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
    expect(row!.attempts).toBe(3);
    expect(row!.processedAt).not.toBeNull();
    expect(row!.lastError).toMatch(/handed to reconciliation/);
    const handed = await current(payment.id);
    expect(handed.pmsUnreachableSince).not.toBeNull();
    expect(handed.nextCheckAt!.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(await eventKinds(payment.id)).toContain("webhook_unconfirmed");
    // Reconciliation picks it up as soon as PMS answers.
    pms.answer(payment.rrn, { status: "succeeded", amountCents: payment.amountCents });
    await reconcileDuePayments({ client: pms.client, now });
    expect((await current(payment.id)).status).toBe("succeeded");
  });
});

describe("copies of a notification", () => {
  it("a copy for a paid payment is counted, and one status check after the window still finds a refund", async () => {
    const payment = await pendingPayment();
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" });
    const confirmedAt = new Date();
    await database.db
      .insert(webhookInbox)
      .values({ rrn: payment.rrn, paymentId: payment.id, payload: { rrn: payment.rrn }, processedAt: confirmedAt, attempts: 1 });
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "refunded", amountCents: payment.amountCents });
    for (let i = 0; i < 5; i++) {
      expect((await receiveWebhook({ paymentId: payment.id, rrn: payment.rrn, payload: { rrn: payment.rrn } })).kind).toBe("copy-counted");
    }
    expect(pms.queries).toBe(0);
    await reconcileDuePayments({ client: pms.client, now: new Date(confirmedAt.getTime() + 30_000) });
    expect(pms.queriesOf(payment.rrn)).toBe(1);
    expect((await current(payment.id)).status).toBe("refunded");
    expect((await getOrderRow(database.db, payment.orderId))!.status).toBe("refunded");
  });

  it("a copy of a notification this process confirmed is counted from memory, and another instance counts it from the database alike", async () => {
    const payment = await pendingPayment();
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "succeeded", amountCents: payment.amountCents });
    const notification = { rrn: payment.rrn, amount: String(payment.amountCents), gwRefCode: "GW-1" };
    await confirmStoredWebhook(storedNotification(await receiveWebhook({ paymentId: payment.id, rrn: payment.rrn, payload: notification })), { client: pms.client });
    expect((await current(payment.id)).status).toBe("succeeded");
    // The same fields in another order are the same notification.
    const copy = { gwRefCode: "GW-1", amount: String(payment.amountCents), rrn: payment.rrn };
    expect(findConfirmedCopy({ paymentId: payment.id, rrn: payment.rrn, payload: copy, now: new Date(), windowMs: 30_000 })).toBeDefined();
    expect((await receiveWebhook({ paymentId: payment.id, rrn: payment.rrn, payload: copy })).kind).toBe("copy-counted");
    // Named for another payment, it is not a copy of this one.
    expect(findConfirmedCopy({ paymentId: crypto.randomUUID(), rrn: payment.rrn, payload: copy, now: new Date(), windowMs: 30_000 })).toBeUndefined();
    forgetConfirmations();
    expect((await receiveWebhook({ paymentId: payment.id, rrn: payment.rrn, payload: copy })).kind).toBe("copy-counted");
    await flushCopyCounts();
    const rows = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn));
    expect(rows.map((row) => row.receivedCount)).toEqual([3]);
    expect(pms.queriesOf(payment.rrn)).toBe(1);
    // Paid, so one status check follows the window (a refund's notification may look the same).
    expect((await current(payment.id)).nextCheckAt!.getTime()).toBe(rows[0]!.processedAt!.getTime() + 30_000);
  });

  it("a copy is confirmed again once the 30 s window has passed", async () => {
    const payment = await pendingPayment();
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" });
    const confirmedAt = new Date(Date.now() - 31_000);
    await database.db
      .insert(webhookInbox)
      .values({ rrn: payment.rrn, paymentId: payment.id, payload: { rrn: payment.rrn }, processedAt: confirmedAt, attempts: 1 });
    expect((await receiveWebhook({ paymentId: payment.id, rrn: payment.rrn, payload: { rrn: payment.rrn } })).kind).toBe("stored");
  });
});
