import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testActor } from "@/lib/auth/test-actors";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { listOrderMail } from "@/lib/mail/outbox";
import { getOrderRow, listOrderPayments } from "@/lib/payments/queries";
import { applyPaymentStatus } from "@/lib/payments/state-writer";
import { markOrderReadyForPickup, markOrderShipped } from "./fulfilment";
import { correctShipment, listShipmentCorrections } from "./shipment-correction";
import { placeOrder as placeOrderIn, type OrderSetup } from "./test-support";

const as = (email: string) => testActor("staff", { email });

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const shippedAt = new Date("2026-12-01T02:00:00Z");
const correctedAt = new Date("2026-12-01T03:00:00Z");
const placeOrder = (setup?: OrderSetup) => placeOrderIn(database.db, setup);
const correctionsMailed = async (orderId: string) =>
  (await listOrderMail(database.db, orderId)).filter((mail) => mail.kind === "shipment_corrected");

async function shippedOrder(setup?: OrderSetup) {
  const orderId = await placeOrder(setup);
  await markOrderShipped(database.db, as("packer@harbour.test"), { orderId, carrier: "SF Express", trackingNumber: "SF-WRONG-1", now: shippedAt });
  return orderId;
}

const correct = (orderId: string, carrier: string, trackingNumber: string, staffEmail = "lead@harbour.test") =>
  correctShipment(database.db, as(staffEmail), { orderId, carrier, trackingNumber, now: correctedAt });

describe("correcting a shipped order's carrier or tracking number", () => {
  it("changes the order, records who changed what and when, and mails the shopper one corrected notice with the new number", async () => {
    const orderId = await shippedOrder();
    const result = await correct(orderId, "SF Express", " SF-RIGHT-2 ");
    expect(result).toMatchObject({ kind: "corrected", noticeQueued: true });
    expect(await getOrderRow(database.db, orderId)).toMatchObject({
      carrier: "SF Express",
      trackingNumber: "SF-RIGHT-2",
      // The shipment itself is still the first one: who shipped it and when do not move.
      fulfilledBy: "packer@harbour.test",
      fulfilledAt: shippedAt,
    });
    expect(await listShipmentCorrections(database.db, as("lead@harbour.test"), orderId)).toMatchObject([
      { sequence: 1, previousCarrier: "SF Express", previousTrackingNumber: "SF-WRONG-1", carrier: "SF Express", trackingNumber: "SF-RIGHT-2", correctedBy: "lead@harbour.test", correctedAt },
    ]);
    const mailed = await correctionsMailed(orderId);
    expect(mailed).toHaveLength(1);
    expect(mailed[0]!.subject).toMatch(/^Correction: Order [0-9A-F]{8} is on its way$/);
    expect(mailed[0]!.text).toContain("Tracking number: SF-RIGHT-2.");
    expect(mailed[0]!.text).not.toContain("SF-WRONG-1");
  });

  it("the same correction twice (a double click) changes it once and mails once", async () => {
    const orderId = await shippedOrder();
    const results = await Promise.all([correct(orderId, "Kerry", "KE-1"), correct(orderId, "Kerry", "KE-1")]);
    expect(results.map((result) => result.kind).sort()).toEqual(["corrected", "unchanged"]);
    expect(await listShipmentCorrections(database.db, as("lead@harbour.test"), orderId)).toHaveLength(1);
    expect(await correctionsMailed(orderId)).toHaveLength(1);
  });

  it("two different corrections at once are each committed once, in turn, and neither notice is lost", async () => {
    const orderId = await shippedOrder();
    const results = await Promise.all([correct(orderId, "Kerry", "KE-2", "a@harbour.test"), correct(orderId, "SF Express", "SF-3", "b@harbour.test")]);
    expect(results.map((result) => result.kind)).toEqual(["corrected", "corrected"]);
    const corrections = await listShipmentCorrections(database.db, as("lead@harbour.test"), orderId);
    expect(corrections.map((row) => row.sequence)).toEqual([1, 2]);
    // Each correction starts from what the one before it left: no lost update.
    expect(corrections[1]!.previousTrackingNumber).toBe(corrections[0]!.trackingNumber);
    expect(corrections[0]!.previousTrackingNumber).toBe("SF-WRONG-1");
    const order = (await getOrderRow(database.db, orderId))!;
    expect(order.trackingNumber).toBe(corrections[1]!.trackingNumber);
    const mailed = await correctionsMailed(orderId);
    expect(mailed.map((mail) => mail.text.match(/Tracking number: ([A-Z0-9-]+)\./)![1]).sort()).toEqual(["KE-2", "SF-3"]);
  });

  it("correcting back to an earlier number later is a new correction with its own notice", async () => {
    const orderId = await shippedOrder();
    await correct(orderId, "SF Express", "SF-A");
    await correct(orderId, "SF Express", "SF-B");
    expect(await correct(orderId, "SF Express", "SF-A")).toMatchObject({ kind: "corrected", noticeQueued: true });
    expect(await correctionsMailed(orderId)).toHaveLength(3);
  });

  it("only a shipped order can be corrected: an order waiting to ship or set aside for pick-up changes nothing and mails nothing", async () => {
    const waiting = await placeOrder();
    expect(await correct(waiting, "SF Express", "SF-1")).toEqual({ kind: "not-shipped", fulfilment: null });
    const pickup = await placeOrder({ delivery: "pickup" });
    await markOrderReadyForPickup(database.db, as("packer@harbour.test"), { orderId: pickup });
    expect(await correct(pickup, "SF Express", "SF-1")).toEqual({ kind: "not-shipped", fulfilment: "ready_for_pickup" });
    expect((await getOrderRow(database.db, pickup))!).toMatchObject({ carrier: null, trackingNumber: null });
    for (const orderId of [waiting, pickup]) {
      expect(await listShipmentCorrections(database.db, as("lead@harbour.test"), orderId)).toHaveLength(0);
      expect(await correctionsMailed(orderId)).toHaveLength(0);
    }
  });

  it("a refunded order is not corrected: nobody is mailed about a parcel that was paid back", async () => {
    const orderId = await shippedOrder();
    const [payment] = await listOrderPayments(database.db, orderId);
    await applyPaymentStatus(database.db, { paymentId: payment!.id, to: "refunded", source: "reconcile" });
    expect(await correct(orderId, "Kerry", "KE-9")).toEqual({ kind: "not-paid", status: "refunded" });
    expect((await getOrderRow(database.db, orderId))!.trackingNumber).toBe("SF-WRONG-1");
  });

  it("bad input is refused with the field's message and changes nothing; an unknown order is not found", async () => {
    const orderId = await shippedOrder();
    expect(await correct(orderId, "SF Express", "SF 2")).toEqual({ kind: "invalid", fieldErrors: { trackingNumber: ["Letters, digits and dashes only."] } });
    expect(await correct(orderId, " ", "SF-2")).toEqual({ kind: "invalid", fieldErrors: { carrier: ["Name the carrier."] } });
    expect(await correct("00000000-0000-4000-8000-000000000000", "SF Express", "SF-2")).toEqual({ kind: "not-found" });
    expect((await getOrderRow(database.db, orderId))!.trackingNumber).toBe("SF-WRONG-1");
    expect(await correctionsMailed(orderId)).toHaveLength(0);
  });

  it("an order without an email is corrected without a notice", async () => {
    const orderId = await shippedOrder({ delivery: null, email: null });
    expect(await correct(orderId, "Kerry", "KE-5")).toMatchObject({ kind: "corrected", noticeQueued: false });
  });

  it("the corrected notice is in the shopper's language", async () => {
    const orderId = await shippedOrder({ locale: "zh-HK" });
    await correct(orderId, "順豐速運", "ZH-2");
    const [mail] = await correctionsMailed(orderId);
    expect(mail!.subject).toMatch(/^更正：訂單 [0-9A-F]{8} 已寄出$/);
    expect(mail!.text).toContain("已由 順豐速運 寄出。追蹤號碼：ZH-2。");
  });
});
