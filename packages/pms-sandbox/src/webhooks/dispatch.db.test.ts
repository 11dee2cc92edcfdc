import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pmsWebhookAttempts, pmsWebhookDeliveries } from "../store/schema";
import { settlePayment } from "../store/outcomes";
import { claimDueDeliveries } from "../store/deliveries";
import { findTransactionByRrn } from "../store/transactions";
import { accept, callSandbox, never, salesBody, startMerchant, type MerchantAnswer, createTestSandbox, type TestSandbox } from "../test-support";
import { openSandboxDatabase, type SandboxDatabase } from "../store/open";
import { dispatchDueWebhooks } from "./dispatch";

let database: TestSandbox;
beforeAll(async () => {
  database = await createTestSandbox();
});
afterAll(async () => {
  await database.drop();
});

type Merchant = Awaited<ReturnType<typeof startMerchant>>;
let merchant: Merchant;
let answer: (count: number) => MerchantAnswer;
beforeEach(async () => {
  answer = never;
  merchant = await startMerchant((_, count) => answer(count));
  await database.db.delete(pmsWebhookDeliveries);
});
afterEach(async () => {
  await merchant.close();
});

const INTERVAL = 60_000;
const noFaults = {};

/** A paid sale notifying the local merchant; returns its rrn and the payment time. */
async function paidSale(at = new Date()) {
  const sale = salesBody({ webhookUrl: merchant.url, storeCode: "ST01", salesman: "9999" }, at);
  expect((await callSandbox("sales", sale, { now: at })).json.errorCode).toBe("0");
  const row = await findTransactionByRrn(database.db, sale.rrn);
  await settlePayment(database.db, { transactionId: row!.id, outcome: "success", now: at, faults: noFaults });
  return { rrn: sale.rrn, at };
}

const dispatch = (now: Date, db = database.db) =>
  dispatchDueWebhooks({ db, now, intervalMs: INTERVAL, faults: noFaults, requestTimeoutMs: 2000 });

const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

async function deliveryOf(rrn: string) {
  const [row] = await database.db.select().from(pmsWebhookDeliveries).where(eq(pmsWebhookDeliveries.rrn, rrn));
  return row!;
}

describe("the webhook schedule", () => {
  it("POSTs the spec's payload as JSON", async () => {
    const { rrn } = await paidSale();
    await dispatch(new Date());
    const [request] = merchant.received;
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(Object.keys(request!.body)).toEqual([
      "storeCode", "tillId", "type", "rrn", "amount", "gwRefCode", "txDatetime", "salesman", "orgRrn",
    ]);
    const row = await findTransactionByRrn(database.db, rrn);
    expect(request!.body).toEqual({
      storeCode: "ST01",
      tillId: "01",
      type: "VMPAY",
      rrn,
      amount: 90000,
      gwRefCode: row!.gwRefCode,
      txDatetime: "2021-06-11T16:18:30+0800",
      salesman: "9999",
      orgRrn: "",
    });
    expect(row!.gwRefCode).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("makes exactly 5 deliveries, one per interval, when the merchant never says 0", async () => {
    const { rrn, at } = await paidSale();
    for (let step = 0; step < 10; step++) {
      // Just before the next attempt is due, nothing goes out.
      if (step > 0) await dispatch(later(at, step * INTERVAL - 1));
      expect(merchant.countFor(rrn)).toBe(Math.min(step, 5));
      await dispatch(later(at, step * INTERVAL));
    }
    expect(merchant.countFor(rrn)).toBe(5);
    const delivery = await deliveryOf(rrn);
    expect(delivery).toMatchObject({ state: "failed", attempts: 5, lastStatus: 200, lastAnswer: '{"errorCode":"1"}' });
    const attempts = await database.db
      .select()
      .from(pmsWebhookAttempts)
      .where(eq(pmsWebhookAttempts.deliveryId, delivery.id));
    expect(attempts.map((a) => a.attemptNo).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(attempts.every((a) => a.httpStatus === 200 && a.accepted === false && a.durationMs >= 0)).toBe(true);
  });

  it("stops as soon as the merchant answers errorCode \"0\"", async () => {
    answer = (count) => (count < 3 ? never() : accept());
    const { rrn, at } = await paidSale();
    for (let step = 0; step < 8; step++) await dispatch(later(at, step * INTERVAL));
    expect(merchant.countFor(rrn)).toBe(3);
    expect(await deliveryOf(rrn)).toMatchObject({ state: "delivered", attempts: 3 });
  });

  it("also takes errorCode 0 as a number", async () => {
    answer = () => ({ status: 200, body: '{"errorCode":0}' });
    const { rrn, at } = await paidSale();
    for (let step = 0; step < 3; step++) await dispatch(later(at, step * INTERVAL));
    expect(merchant.countFor(rrn)).toBe(1);
  });

  it.each([
    ["a 500 saying 0", { status: 500, body: '{"errorCode":"0"}' }],
    ["an HTML page", { status: 200, body: "<html><body>OK</body></html>" }],
    ["plain OK", { status: 200, body: "OK" }],
    ["an empty answer", { status: 200, body: "" }],
    ["JSON without errorCode", { status: 200, body: '{"ok":true}' }],
    ["a redirect", { status: 302, body: '{"errorCode":"0"}' }],
  ])("counts %s as a failure and tries again", async (_, reply) => {
    answer = () => reply;
    const { rrn, at } = await paidSale();
    for (let step = 0; step < 6; step++) await dispatch(later(at, step * INTERVAL));
    expect(merchant.countFor(rrn)).toBe(5);
    expect(await deliveryOf(rrn)).toMatchObject({ state: "failed", lastStatus: reply.status });
  });

  it("gives up on a merchant that does not answer in time, and records why", async () => {
    answer = () => ({ ...accept(), delayMs: 1000 });
    const { rrn } = await paidSale();
    await dispatchDueWebhooks({ db: database.db, faults: noFaults, intervalMs: INTERVAL, requestTimeoutMs: 200 });
    const delivery = await deliveryOf(rrn);
    expect(delivery).toMatchObject({ state: "pending", attempts: 1, lastStatus: null });
    expect(delivery.lastError).toBe("no answer within 200 ms");
  });

  it("records a refused connection as a failed attempt", async () => {
    const { rrn } = await paidSale();
    await merchant.close();
    await dispatch(new Date());
    const delivery = await deliveryOf(rrn);
    expect(delivery.state).toBe("pending");
    expect(delivery.lastError).toMatch(/fetch failed|ECONNREFUSED/);
    merchant = await startMerchant(() => accept());
  });

  it("keeps the interval when the loop runs far more often than it (short interval, injected clock)", async () => {
    const { rrn, at } = await paidSale();
    const interval = 150;
    const tick = 10;
    // The loop's clock advances 10 ms per run; note the clock time at which each delivery lands.
    const sentAt: number[] = [];
    for (let elapsed = 0; elapsed <= interval * 6; elapsed += tick) {
      const before = merchant.countFor(rrn);
      await dispatchDueWebhooks({ db: database.db, faults: noFaults, intervalMs: interval, now: later(at, elapsed) });
      if (merchant.countFor(rrn) > before) sentAt.push(elapsed);
    }
    expect(sentAt).toHaveLength(5);
    const gaps = sentAt.slice(1).map((t, i) => t - sentAt[i]!);
    // Never early, and late by less than one tick of the loop.
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(interval);
      expect(gap).toBeLessThan(interval + tick);
    }
  });
});

describe("durability", () => {
  it("loses and repeats nothing across a restart, even one in the middle of a claim", async () => {
    answer = (count) => (count < 3 ? never() : accept());
    const at = new Date();
    const sales = await Promise.all([1, 2, 3, 4].map(() => paidSale(at)));
    await dispatch(at); // first attempt of each, all refused
    expect(merchant.received).toHaveLength(4);

    // The process claims the second round, then dies before sending anything.
    const lost = await claimDueDeliveries(database.db, { now: later(at, INTERVAL), leaseMs: 30_000, limit: 20 });
    expect(lost.deliveries).toHaveLength(4);
    // A new process (its own connection when on PostgreSQL) sees the claims still held…
    const next = await reopen();
    try {
      expect((await dispatch(later(at, INTERVAL + 1000), next.db)).sent).toBe(0);
      // …and takes the deliveries over once the lease has run out.
      for (let step = 0; step < 6; step++) await dispatch(later(at, INTERVAL + 30_000 + step * INTERVAL), next.db);
    } finally {
      await next.close();
    }
    for (const { rrn } of sales) {
      expect(merchant.countFor(rrn)).toBe(3);
      expect(await deliveryOf(rrn)).toMatchObject({ state: "delivered", attempts: 4 });
    }
  });

  it("shares the work between two dispatchers without sending any attempt twice", async () => {
    answer = () => ({ ...never(), delayMs: 20 });
    const at = new Date();
    const sales = await Promise.all(Array.from({ length: 12 }, () => paidSale(at)));
    const other = await reopen();
    try {
      for (let step = 0; step < 6; step++) {
        const now = later(at, step * INTERVAL);
        const run = (db: typeof database.db) =>
          dispatchDueWebhooks({ db, now, intervalMs: INTERVAL, faults: noFaults, batchSize: 4 });
        // Each dispatcher keeps claiming until nothing is due, both at once.
        const drain = async (db: typeof database.db) => {
          while ((await run(db)).sent > 0);
        };
        await Promise.all([drain(database.db), drain(other.db), drain(database.db), drain(other.db)]);
        expect(merchant.received).toHaveLength(Math.min(step + 1, 5) * sales.length);
      }
    } finally {
      await other.close();
    }
    for (const { rrn } of sales) expect(merchant.countFor(rrn)).toBe(5);
  });
});

/** A second "process": its own pool on PostgreSQL; the same single-user PGlite otherwise. */
async function reopen(): Promise<Pick<SandboxDatabase, "db" | "close">> {
  if (database.url) return openSandboxDatabase(database.url);
  return { db: database.db, close: async () => {} };
}
