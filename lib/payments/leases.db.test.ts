import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payments, webhookInbox } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { getPaymentById } from "./queries";
import { reconcileDuePayments, reconcileLeaseMs } from "./reconcile";
import { recordSaleAccepted } from "./sales";
import { createFakePms, createOrderWithAttempt, heldNotification, storedNotification } from "./test-support";
import { confirmStoredWebhook, processDueWebhooks, receiveWebhook, receiverLeaseMs } from "./webhook-inbox";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

// Soon after the payments are made: well within their PMS timeout and give-up window.
const t0 = new Date(Date.now() + 60_000);

/** Pending payments due at t0 and nothing else due in this database. */
async function duePayments(count: number) {
  await database.db.update(payments).set({ nextCheckAt: null });
  const made = [];
  for (let i = 0; i < count; i++) {
    const created = await createOrderWithAttempt(database.db);
    await recordSaleAccepted(database.db, created.payment, { paymentUrl: "http://pms.test/p", answer: {} });
    made.push(created.payment);
  }
  await database.db.update(payments).set({ nextCheckAt: t0 }).where(inArray(payments.id, made.map((p) => p.id)));
  return made;
}

/** A clock the test moves: the PMS below takes 90% of a lease to answer each query. */
function slowClock() {
  let now = t0.getTime();
  return { clock: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

describe("leased claims", () => {
  it("a slow reconciliation batch is not claimed twice: the lease is renewed before each payment", async () => {
    const [first, second, third] = await duePayments(3);
    const pms = createFakePms();
    // The first two are settled by the batch; the third stays pending at PMS, so only a double claim could ask twice.
    pms.answer(first!.rrn, { status: "succeeded", amountCents: first!.amountCents });
    pms.answer(second!.rrn, { status: "failed", amountCents: second!.amountCents });
    pms.answer(third!.rrn, { status: "pending", amountCents: third!.amountCents });
    const time = slowClock();
    const lease = reconcileLeaseMs();
    let rival: Awaited<ReturnType<typeof reconcileDuePayments>> | undefined;
    pms.whileQuerying(async (rrn) => {
      time.advance(0.9 * lease);
      // While the last payment is being asked about, 2.7 leases after the claim, another reconciler runs.
      if (rrn === third!.rrn) rival = await reconcileDuePayments({ client: pms.client, now: time.clock() });
    });
    const summary = await reconcileDuePayments({ client: pms.client, clock: time.clock, now: t0 });
    expect(summary.checked).toBe(3);
    expect(rival?.checked).toBe(0);
    for (const payment of [first!, second!, third!]) expect(pms.queriesOf(payment.rrn)).toBe(1);
    expect((await getPaymentById(database.db, third!.id))!.checkCount).toBe(1);
  });

  it("a payment whose holder stalled past its lease is taken over, and the stalled holder's late write is ignored", async () => {
    const [payment] = await duePayments(1);
    const pms = createFakePms();
    pms.answer(payment!.rrn, { status: "pending", amountCents: payment!.amountCents });
    const time = slowClock();
    let takeover: Awaited<ReturnType<typeof reconcileDuePayments>> | undefined;
    pms.whileQuerying(async () => {
      if (takeover) return;
      // The first holder hangs longer than its lease; a second reconciler takes the payment over.
      time.advance(reconcileLeaseMs() + 1);
      takeover = { checked: -1, settled: 0, gaveUp: 0, failedQueries: 0 };
      takeover = await reconcileDuePayments({ client: pms.client, now: time.clock() });
    });
    await reconcileDuePayments({ client: pms.client, clock: time.clock, now: t0 });
    expect(takeover?.checked).toBe(1);
    // One schedule update, the new holder's: the stalled one no longer holds the lease.
    expect((await getPaymentById(database.db, payment!.id))!.checkCount).toBe(1);
  });

  it("a slow inbox batch is not claimed twice either", async () => {
    const made = await duePayments(3);
    const pms = createFakePms();
    pms.answer(made[0]!.rrn, { status: "succeeded", amountCents: made[0]!.amountCents });
    pms.answer(made[1]!.rrn, { status: "failed", amountCents: made[1]!.amountCents });
    pms.answer(made[2]!.rrn, "down");
    // Stored by a receiver that died: its lease has run out by t0.
    const storedAt = new Date(t0.getTime() - receiverLeaseMs());
    for (const payment of made) {
      await receiveWebhook({ rrn: payment.rrn, paymentId: payment.id, payload: { rrn: payment.rrn }, now: storedAt });
    }
    const time = slowClock();
    let rival: Awaited<ReturnType<typeof processDueWebhooks>> | undefined;
    pms.whileQuerying(async (rrn) => {
      time.advance(0.9 * reconcileLeaseMs());
      if (rrn === made[2]!.rrn) rival = await processDueWebhooks({ client: pms.client, now: time.clock() });
    });
    const worker = await processDueWebhooks({ client: pms.client, clock: time.clock, now: t0 });
    expect(worker.claimed).toBe(3);
    expect(rival?.claimed).toBe(0);
    const rows = await database.db.select().from(webhookInbox).where(inArray(webhookInbox.rrn, made.map((p) => p.rrn)));
    expect(rows.map((row) => row.attempts)).toEqual([1, 1, 1]);
    for (const payment of made) expect(pms.queriesOf(payment.rrn)).toBe(1);
    expect(rows.every((row) => row.leaseToken === null)).toBe(true);
  });

  it("a new notification is leased to its receiver: the worker leaves it alone while the lease holds, and confirms it once it runs out", async () => {
    const [payment] = await duePayments(1);
    const pms = createFakePms();
    pms.answer(payment!.rrn, { status: "succeeded", amountCents: payment!.amountCents });
    const received = heldNotification(await receiveWebhook({ rrn: payment!.rrn, paymentId: payment!.id, payload: { rrn: payment!.rrn }, now: t0 }));
    expect(received.held.leaseUntil.getTime()).toBe(t0.getTime() + receiverLeaseMs());
    // A copy folded into the open row holds nothing: the first receiver's lease stands.
    const copy = await receiveWebhook({ rrn: payment!.rrn, paymentId: payment!.id, payload: { rrn: payment!.rrn }, now: t0 });
    expect(copy).toEqual({ kind: "stored", itemId: received.itemId });
    expect(await processDueWebhooks({ client: pms.client, now: new Date(received.held.leaseUntil.getTime() - 1) })).toEqual({ claimed: 0, processed: 0 });
    expect(pms.queriesOf(payment!.rrn)).toBe(0);
    // The receiver died without confirming it.
    expect(await processDueWebhooks({ client: pms.client, now: received.held.leaseUntil })).toEqual({ claimed: 1, processed: 1 });
    expect((await getPaymentById(database.db, payment!.id))!.status).toBe("succeeded");
    // Its late confirmation, had it come, finds the lease gone and changes nothing.
    expect(await confirmStoredWebhook(received, { client: pms.client, now: received.held.leaseUntil })).toBe("busy");
    expect(pms.queriesOf(payment!.rrn)).toBe(1);
  });

  it("a receiver whose confirmation waited its turn renews its lease before asking PMS, so the worker cannot take the row meanwhile", async () => {
    const [payment] = await duePayments(1);
    const pms = createFakePms();
    pms.answer(payment!.rrn, { status: "succeeded", amountCents: payment!.amountCents });
    const received = heldNotification(await receiveWebhook({ rrn: payment!.rrn, paymentId: payment!.id, payload: { rrn: payment!.rrn }, now: t0 }));
    const late = new Date(received.held.leaseUntil.getTime() - 1_000);
    let rival: Awaited<ReturnType<typeof processDueWebhooks>> | undefined;
    pms.whileQuerying(async () => {
      rival = await processDueWebhooks({ client: pms.client, now: received.held.leaseUntil });
    });
    expect(await confirmStoredWebhook(received, { client: pms.client, now: late })).toBe("processed");
    expect(rival?.claimed).toBe(0);
    expect(pms.queriesOf(payment!.rrn)).toBe(1);
    expect((await getPaymentById(database.db, payment!.id))!.status).toBe("succeeded");
  });

  it("the inbox schedules its retries from the time it is given", async () => {
    const [payment] = await duePayments(1);
    const pms = createFakePms();
    pms.answer(payment!.rrn, "down");
    await confirmStoredWebhook(storedNotification(await receiveWebhook({ rrn: payment!.rrn, paymentId: payment!.id, payload: {}, now: t0 })), { client: pms.client, now: t0 });
    const [row] = await database.db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment!.rrn));
    expect(row!.nextAttemptAt.getTime()).toBe(t0.getTime() + 2_000);
  });
});
