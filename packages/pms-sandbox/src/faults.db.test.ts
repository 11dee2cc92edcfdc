import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pmsWebhookAttempts, pmsWebhookDeliveries } from "./store/schema";
import type { FaultName } from "./faults";
import { settlePayment } from "./store/outcomes";
import { requeueDelivery } from "./store/deliveries";
import { clearFaultSwitches, readActiveFaults, writeFaultSwitch } from "./store/settings";
import { findTransactionByRrn } from "./store/transactions";
import { accept, callSandbox, manualSleep, salesBody, signedFields, startMerchant, createTestSandbox, type TestSandbox } from "./test-support";
import { dispatchDueWebhooks } from "./webhooks/dispatch";

let database: TestSandbox;
let merchant: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  // An operator's switch at start (PMS_SANDBOX_FAULTS, --faults).
  database = await createTestSandbox({ faults: "query-down" });
  merchant = await startMerchant(() => accept());
});
afterAll(async () => {
  await merchant.close();
  await database.drop();
});
afterEach(async () => {
  await clearFaultSwitches(database.db);
});

const turnOn = (name: FaultName, ms?: number) => writeFaultSwitch(database.db, name, { on: true, ms });

async function newSale(at = new Date()) {
  const sale = salesBody({ lang: "en", webhookUrl: merchant.url }, at);
  expect((await callSandbox("sales", sale, { now: at })).json.errorCode).toBe("0");
  return { ...sale, id: (await findTransactionByRrn(database.db, sale.rrn))!.id };
}

const query = (sale: { rrn: string; type: string; storeCode: string }) =>
  callSandbox("query", { ...signedFields(), rrn: sale.rrn, type: sale.type, storeCode: sale.storeCode });

describe("API faults", () => {
  it("takes query-down from PMS_SANDBOX_FAULTS: HTTP 503, not JSON", async () => {
    const sale = await newSale();
    const { status, json } = await query(sale);
    expect(status).toBe(503);
    expect(json.text).toContain("503 Service Unavailable");
  });

  it("lets the console switch an environment fault off", async () => {
    await writeFaultSwitch(database.db, "query-down", { on: false });
    const sale = await newSale();
    expect((await query(sale)).json).toMatchObject({ errorCode: "0", gwRefStatus: "05" });
  });

  it("sales-601 refuses every sale with 601 and stores nothing", async () => {
    await turnOn("sales-601");
    const sale = salesBody({ lang: "en" });
    expect((await callSandbox("sales", sale)).json).toEqual({
      errorCode: "601",
      errorMessage: "Payment error (sandbox fault sales-601)",
    });
    expect(await findTransactionByRrn(database.db, sale.rrn)).toBeUndefined();
  });

  it("query-slow answers correctly, but only after the delay", async () => {
    await writeFaultSwitch(database.db, "query-down", { on: false });
    await turnOn("query-slow", 150);
    const sale = await newSale();
    const clock = manualSleep();
    let answered = false;
    const answer = callSandbox("query", { ...signedFields(), rrn: sale.rrn, type: sale.type, storeCode: sale.storeCode }, { sleep: clock.sleep }).then(
      (result) => ((answered = true), result),
    );
    await clock.asked;
    expect(clock.requested).toEqual([150]);
    expect(answered).toBe(false);
    clock.release();
    expect((await answer).json.gwRefStatus).toBe("05");
  });

  it("sales-slow has created the sale before the late answer", async () => {
    await turnOn("sales-slow", 300);
    const sale = salesBody({ lang: "en" });
    const clock = manualSleep();
    const answer = callSandbox("sales", sale, { sleep: clock.sleep });
    await clock.asked;
    expect(clock.requested).toEqual([300]);
    expect(await findTransactionByRrn(database.db, sale.rrn)).toBeDefined();
    clock.release();
    expect((await answer).json.errorCode).toBe("0");
  });

  it("gateway-down and sales-down answer 503", async () => {
    await turnOn("gateway-down");
    await turnOn("sales-down");
    expect((await callSandbox("gateway", signedFields())).status).toBe(503);
    expect((await callSandbox("sales", salesBody())).status).toBe(503);
  });

  it("merges environment and console switches", async () => {
    await turnOn("webhook-delay", 5);
    expect(await readActiveFaults(database.db, database.sandbox.config.faults)).toEqual({ "query-down": {}, "webhook-delay": { ms: 5 } });
  });
});

describe("webhook faults", () => {
  const deliveryOf = async (rrn: string, event: string) =>
    (await database.db.select().from(pmsWebhookDeliveries).where(eq(pmsWebhookDeliveries.rrn, rrn))).find(
      (d) => d.event === event,
    )!;
  const dispatch = (now: Date) => dispatchDueWebhooks({ db: database.db, now, intervalMs: 60_000 });

  it("webhook-drop sends nothing; a console resend delivers it", async () => {
    await turnOn("webhook-drop");
    const at = new Date();
    const sale = await newSale(at);
    await settlePayment(database.db, { transactionId: sale.id, outcome: "success", now: at });
    expect((await dispatch(at)).dropped).toBe(1);
    expect(merchant.countFor(sale.rrn)).toBe(0);
    const dropped = await deliveryOf(sale.rrn, "01");
    expect(dropped).toMatchObject({ state: "dropped", lastError: "not sent: sandbox fault webhook-drop" });

    await clearFaultSwitches(database.db);
    expect(await requeueDelivery(database.db, dropped.id, at, 5)).toBe(true);
    await dispatch(at);
    expect(merchant.countFor(sale.rrn)).toBe(1);
    expect(await deliveryOf(sale.rrn, "01")).toMatchObject({ state: "delivered", attempts: 2 });
  });

  it("webhook-duplicate POSTs each attempt twice, both recorded", async () => {
    await turnOn("webhook-duplicate");
    const at = new Date();
    const sale = await newSale(at);
    await settlePayment(database.db, { transactionId: sale.id, outcome: "failure", now: at });
    await dispatch(at);
    expect(merchant.countFor(sale.rrn)).toBe(2);
    const delivery = await deliveryOf(sale.rrn, "02");
    const attempts = await database.db
      .select()
      .from(pmsWebhookAttempts)
      .where(eq(pmsWebhookAttempts.deliveryId, delivery.id));
    expect(attempts.map((a) => [a.attemptNo, a.copy]).sort()).toEqual([[1, 0], [1, 1]]);
  });

  it("webhook-reorder lets a refund overtake the payment it refunds", async () => {
    await turnOn("webhook-reorder", 1000);
    const at = new Date();
    const sale = await newSale(at);
    await settlePayment(database.db, { transactionId: sale.id, outcome: "success", now: at });
    const refundAt = new Date(at.getTime() + 100);
    await settlePayment(database.db, { transactionId: sale.id, outcome: "refund", now: refundAt });
    await dispatch(refundAt);
    await dispatch(new Date(at.getTime() + 1000));
    const orgRrns = merchant.received.filter((r) => r.body.rrn === sale.rrn).map((r) => r.body.orgRrn);
    expect(orgRrns).toEqual([sale.rrn, ""]);
  });

  it("webhook-reorder sends notifications due together newest first", async () => {
    await turnOn("webhook-reorder", 0);
    const at = new Date();
    const first = await newSale(at);
    const second = await newSale(at);
    await settlePayment(database.db, { transactionId: first.id, outcome: "success", now: at });
    await settlePayment(database.db, { transactionId: second.id, outcome: "success", now: new Date(at.getTime() + 1) });
    await dispatch(new Date(at.getTime() + 10));
    const order = merchant.received.map((r) => r.body.rrn).filter((rrn) => rrn === first.rrn || rrn === second.rrn);
    expect(order).toEqual([second.rrn, first.rrn]);
  });

  it("webhook-delay holds a new notification back", async () => {
    await turnOn("webhook-delay", 1000);
    const at = new Date();
    const sale = await newSale(at);
    await settlePayment(database.db, { transactionId: sale.id, outcome: "success", now: at });
    await dispatch(new Date(at.getTime() + 999));
    expect(merchant.countFor(sale.rrn)).toBe(0);
    await dispatch(new Date(at.getTime() + 1000));
    expect(merchant.countFor(sale.rrn)).toBe(1);
  });
});
