import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pmsWebhookDeliveries } from "../store/schema";
import { defaultTimings } from "../config";
import { callSandbox, newRrn, salesBody, signedFields, createTestSandbox, type TestSandbox } from "../test-support";
import { expireOverduePayments, settlePayment } from "./outcomes";
import { writePaymentTimeout } from "./settings";
import { findTransactionByRrn } from "./transactions";

let database: TestSandbox;
beforeAll(async () => {
  database = await createTestSandbox();
});
afterAll(async () => {
  await database.drop();
});

const TIMEOUT = defaultTimings.paymentTimeoutMs;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

async function newSale(at = new Date(), overrides: Record<string, unknown> = {}) {
  const sale = salesBody({ lang: "en", ...overrides }, at);
  expect((await callSandbox("sales", sale, { now: at })).json.errorCode).toBe("0");
  return sale;
}

const deliveriesOf = (rrn: string) =>
  database.db.select().from(pmsWebhookDeliveries).where(eq(pmsWebhookDeliveries.rrn, rrn));

const query = (sale: { rrn: string; type: string; storeCode: string }, now = new Date()) =>
  callSandbox("query", { ...signedFields(now), rrn: sale.rrn, type: sale.type, storeCode: sale.storeCode }, { now });

const complete = (rrn: string, outcome: string, now = new Date()) =>
  callSandbox("complete", { ...signedFields(now), rrn, outcome, lang: "en" }, { now });

describe("the timeout sweeper", () => {
  it("turns a payment unpaid for the timeout into 03 and notifies it", async () => {
    const at = new Date();
    const sale = await newSale(at);
    expect(await expireOverduePayments({ db: database.db, now: later(at, TIMEOUT - 1) })).toBe(0);
    expect(await expireOverduePayments({ db: database.db, now: later(at, TIMEOUT) })).toBeGreaterThanOrEqual(1);
    expect(await findTransactionByRrn(database.db, sale.rrn)).toMatchObject({ status: "03", gwErrorCode: "TIMEOUT" });
    const [delivery] = await deliveriesOf(sale.rrn);
    expect(delivery).toMatchObject({ event: "03", state: "pending", url: sale.webhookUrl });
    expect(delivery?.payload).toMatchObject({ rrn: sale.rrn, gwRefCode: "", orgRrn: "" });
    // A second sweep changes nothing and notifies nothing more.
    await expireOverduePayments({ db: database.db, now: later(at, TIMEOUT * 2) });
    expect(await deliveriesOf(sale.rrn)).toHaveLength(1);
  });

  it("leaves paid payments alone", async () => {
    const at = new Date();
    const sale = await newSale(at);
    expect((await complete(sale.rrn, "success", at)).json.errorCode).toBe("0");
    await expireOverduePayments({ db: database.db, now: later(at, TIMEOUT * 2) });
    expect(await findTransactionByRrn(database.db, sale.rrn)).toMatchObject({ status: "01" });
  });

  it("is also applied lazily: a query after the deadline answers 03 without the sweeper", async () => {
    const at = new Date();
    const sale = await newSale(at);
    expect((await query(sale, later(at, TIMEOUT - 1000))).json.gwRefStatus).toBe("05");
    expect((await query(sale, later(at, TIMEOUT + 1000))).json.gwRefStatus).toBe("03");
    expect(await deliveriesOf(sale.rrn)).toHaveLength(1);
  });

  it("uses the console's payment timeout for sales made after it is set", async () => {
    await writePaymentTimeout(database.db, 2000);
    try {
      const at = new Date();
      const sale = await newSale(at);
      const answer = await callSandbox("sales", salesBody({ lang: "en" }, at), { now: at });
      expect(answer.json.timeout).toBe(2);
      expect((await query(sale, later(at, 2500))).json.gwRefStatus).toBe("03");
    } finally {
      await writePaymentTimeout(database.db, null);
    }
  });

  it("lets exactly one of a racing approval and timeout win", async () => {
    const at = new Date();
    const sale = await newSale(at);
    const row = await findTransactionByRrn(database.db, sale.rrn);
    const now = later(at, TIMEOUT);
    const results = await Promise.all([
      settlePayment(database.db, { transactionId: row!.id, outcome: "success", now }),
      settlePayment(database.db, { transactionId: row!.id, outcome: "timeout", now }),
      expireOverduePayments({ db: database.db, now }),
    ]);
    expect([results[0], results[1]].filter((r) => r.settled).length).toBeLessThanOrEqual(1);
    // One outcome, one notification, and they agree.
    const deliveries = await deliveriesOf(sale.rrn);
    expect(deliveries).toHaveLength(1);
    expect((await findTransactionByRrn(database.db, sale.rrn))?.status).toBe(deliveries[0]?.event);
  });
});

describe("POST /tt-pms-ws/rest/sandbox/complete", () => {
  it("completes a pending payment and answers like query", async () => {
    const sale = await newSale();
    const { status, json } = await complete(sale.rrn, "success");
    expect(status).toBe(200);
    expect(json).toMatchObject({ rrn: sale.rrn, gwRefStatus: "01", gwErrorCode: "0", errorCode: "0", errorMessage: "Success" });
    expect(json.gwRefCode).toMatch(/^[0-9a-f-]{36}$/);
    expect((await query(sale)).json).toMatchObject({ gwRefStatus: "01", gwRefCode: json.gwRefCode });
  });

  it.each([
    ["failure", "02"],
    ["timeout", "03"],
  ])("records %s as %s and notifies it", async (outcome, status) => {
    const sale = await newSale();
    expect((await complete(sale.rrn, outcome)).json.gwRefStatus).toBe(status);
    expect((await deliveriesOf(sale.rrn)).map((d) => d.event)).toEqual([status]);
  });

  it("completes only a pending payment (601 otherwise)", async () => {
    const sale = await newSale();
    await complete(sale.rrn, "failure");
    for (const outcome of ["success", "failure", "timeout"]) {
      const { json } = await complete(sale.rrn, outcome);
      expect(json).toEqual({ errorCode: "601", errorMessage: `Transaction ${sale.rrn} is not pending (status 02)` });
    }
  });

  it("refunds only a successful payment", async () => {
    const pending = await newSale();
    expect((await complete(pending.rrn, "refund")).json.errorCode).toBe("601");
    const failed = await newSale();
    await complete(failed.rrn, "failure");
    expect((await complete(failed.rrn, "refund")).json).toMatchObject({
      errorCode: "601",
      errorMessage: expect.stringContaining("Only a successful payment"),
    });
  });

  it("turns a refunded payment into 04, notified with orgRrn, and answers query consistently", async () => {
    const sale = await newSale();
    const paid = await complete(sale.rrn, "success");
    const refunded = await complete(sale.rrn, "refund");
    expect(refunded.json).toMatchObject({ gwRefStatus: "04", orgRrn: sale.rrn, orgGwRefCode: paid.json.gwRefCode });
    expect(refunded.json.gwRefCode).not.toBe(paid.json.gwRefCode);
    expect((await query(sale)).json).toMatchObject({
      gwRefStatus: "04",
      gwRefCode: refunded.json.gwRefCode,
      orgRrn: sale.rrn,
      orgGwRefCode: paid.json.gwRefCode,
    });
    const deliveries = await deliveriesOf(sale.rrn);
    expect(deliveries.map((d) => d.event).sort()).toEqual(["01", "04"]);
    const refund = deliveries.find((d) => d.event === "04");
    expect(refund?.payload).toMatchObject({ rrn: sale.rrn, orgRrn: sale.rrn, gwRefCode: refunded.json.gwRefCode, amount: 90000 });
    // A refund cannot happen twice.
    expect((await complete(sale.rrn, "refund")).json.errorCode).toBe("601");
  });

  it("refuses an unknown rrn, an unknown outcome and a bad signature with 40002", async () => {
    expect((await complete(newRrn(), "success")).json.errorCode).toBe("40002");
    const sale = await newSale();
    expect((await complete(sale.rrn, "approve")).json).toMatchObject({
      errorCode: "40002",
      errorMessage: expect.stringContaining("outcome"),
    });
    const forged = await callSandbox("complete", { ...signedFields(), sign: "AAAA", rrn: sale.rrn, outcome: "success" });
    expect(forged.json.errorCode).toBe("40002");
    expect(await findTransactionByRrn(database.db, sale.rrn)).toMatchObject({ status: "05" });
  });

  it("does not notify a payment without a webhookUrl", async () => {
    const sale = await newSale(new Date(), { webhookUrl: "" });
    await complete(sale.rrn, "success");
    expect(await deliveriesOf(sale.rrn)).toHaveLength(0);
  });
});
