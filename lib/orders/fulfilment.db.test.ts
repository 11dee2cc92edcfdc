import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testActor } from "@/lib/auth/test-actors";
import { staffAudit } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { listOrderMail } from "@/lib/mail/outbox";
import { getOrderRow } from "@/lib/payments/queries";
import { markOrderReadyForPickup, markOrderShipped } from "./fulfilment";
import { placeOrder as placeOrderIn, type OrderSetup } from "./test-support";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const staff = { now: new Date("2026-12-01T02:00:00Z") };
const packer = testActor("staff");
const placeOrder = (setup?: OrderSetup) => placeOrderIn(database.db, setup);

const noticesOf = async (orderId: string) => (await listOrderMail(database.db, orderId)).filter((mail) => mail.kind !== "order_confirmation");
const ship = (orderId: string, carrier = "SF Express", trackingNumber = "SF1234567890") =>
  markOrderShipped(database.db, packer, { orderId, carrier, trackingNumber, ...staff });

describe("marking an order shipped", () => {
  it("a paid courier order marked shipped twice at once is shipped once and gets exactly one notice", async () => {
    const orderId = await placeOrder({ locale: "zh-HK" });
    const results = await Promise.all([ship(orderId), ship(orderId, "Kerry", "KE-1"), ship(orderId)]);
    expect(results.filter((result) => result.kind === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.kind === "already-fulfilled")).toHaveLength(2);
    const notices = await noticesOf(orderId);
    expect(notices.map((mail) => [mail.kind, mail.toAddress])).toEqual([["shipped", "shopper@example.com"]]);
    const order = (await getOrderRow(database.db, orderId))!;
    // The notice tells what the order row says, whichever click won.
    expect(notices[0]!.text).toContain(order.trackingNumber!);
    expect(notices[0]!.subject).toContain("已寄出");
  });

  it("records who shipped it, when, with which carrier and tracking number, trimmed", async () => {
    const orderId = await placeOrder();
    const result = await ship(orderId, "  SF Express ", " SF-99 ");
    expect(result.kind).toBe("fulfilled");
    const order = (await getOrderRow(database.db, orderId))!;
    expect(order).toMatchObject({
      fulfilment: "shipped",
      fulfilledAt: staff.now,
      fulfilledBy: "staff@harbour.test",
      carrier: "SF Express",
      trackingNumber: "SF-99",
    });
  });

  it("a read-only member cannot ship, even calling the function directly: refused, nothing shipped, no notice, no audit row", async () => {
    const orderId = await placeOrder();
    const reader = testActor("read_only");
    expect(await markOrderShipped(database.db, reader, { orderId, carrier: "SF Express", trackingNumber: "SF-RO-1" })).toEqual({ kind: "forbidden" });
    expect(await markOrderReadyForPickup(database.db, reader, { orderId })).toEqual({ kind: "forbidden" });
    expect((await getOrderRow(database.db, orderId))!.fulfilment).toBeNull();
    expect(await noticesOf(orderId)).toHaveLength(0);
    expect(await database.db.select().from(staffAudit).where(eq(staffAudit.recordId, orderId))).toHaveLength(0);
  });

  it("shipping writes one audit row, in the same transaction: who, which order, before → after", async () => {
    const orderId = await placeOrder();
    await Promise.all([ship(orderId, "SF Express", "SF-AUDIT-1"), ship(orderId, "SF Express", "SF-AUDIT-1")]);
    const rows = await database.db.select().from(staffAudit).where(eq(staffAudit.recordId, orderId));
    expect(rows).toMatchObject([
      { kind: "order.ship", actorEmail: packer.email, actorRole: "staff", before: { fulfilment: null }, after: { fulfilment: "shipped", carrier: "SF Express", trackingNumber: "SF-AUDIT-1" } },
    ]);
  });

  it("an unpaid order cannot be shipped: nothing changes and no notice is written", async () => {
    const orderId = await placeOrder({ paid: false });
    expect(await ship(orderId)).toEqual({ kind: "not-paid", status: "pending" });
    expect((await getOrderRow(database.db, orderId))!.fulfilment).toBeNull();
    expect(await noticesOf(orderId)).toHaveLength(0);
  });

  it("a shipped order keeps its first tracking number: a second shipment is refused", async () => {
    const orderId = await placeOrder();
    await ship(orderId, "SF Express", "FIRST-1");
    expect(await ship(orderId, "Kerry", "SECOND-2")).toEqual({ kind: "already-fulfilled", fulfilment: "shipped" });
    expect((await getOrderRow(database.db, orderId))!.trackingNumber).toBe("FIRST-1");
    expect(await noticesOf(orderId)).toHaveLength(1);
  });

  it("a carrier and tracking number must be 1-60 characters, tracking letters, digits and dashes; bad input changes nothing", async () => {
    const orderId = await placeOrder();
    const refused = [
      await ship(orderId, "   ", "SF1"),
      await ship(orderId, "x".repeat(61), "SF1"),
      await ship(orderId, "SF Express", ""),
      await ship(orderId, "SF Express", "SF 123"),
      await ship(orderId, "SF Express", "<script>"),
      await ship(orderId, "SF Express", "1".repeat(61)),
    ];
    expect(refused.map((result) => result.kind)).toEqual(Array(6).fill("invalid"));
    expect(refused[0]).toEqual({ kind: "invalid", fieldErrors: { carrier: ["Name the carrier."] } });
    expect(refused[3]).toEqual({ kind: "invalid", fieldErrors: { trackingNumber: ["Letters, digits and dashes only."] } });
    expect((await getOrderRow(database.db, orderId))!.fulfilment).toBeNull();
    expect(await noticesOf(orderId)).toHaveLength(0);
  });

  it("an order id that names no order is not found", async () => {
    expect(await ship("00000000-0000-4000-8000-000000000000")).toEqual({ kind: "not-found" });
    expect((await ship("not-a-uuid")).kind).toBe("invalid");
  });
});

describe("which delivery each fulfilment fits", () => {
  it("a pick-up order is marked ready for pick-up, with the pick-up notice, and cannot be shipped", async () => {
    const orderId = await placeOrder({ delivery: "pickup" });
    expect(await ship(orderId)).toEqual({ kind: "wrong-delivery", deliveryMethod: "pickup" });
    const result = await markOrderReadyForPickup(database.db, packer, { orderId, ...staff });
    expect(result).toMatchObject({ kind: "fulfilled", noticeQueued: true });
    const order = (await getOrderRow(database.db, orderId))!;
    expect(order).toMatchObject({ fulfilment: "ready_for_pickup", carrier: null, trackingNumber: null });
    expect((await noticesOf(orderId)).map((mail) => mail.kind)).toEqual(["ready_for_pickup"]);
  });

  it("a courier order is never marked ready for pick-up", async () => {
    const orderId = await placeOrder({ delivery: "courier" });
    expect(await markOrderReadyForPickup(database.db, packer, { orderId, ...staff })).toEqual({ kind: "wrong-delivery", deliveryMethod: "courier" });
    expect(await noticesOf(orderId)).toHaveLength(0);
  });

  it("an order from before checkout asked for delivery may be shipped, and without an email it is shipped with no notice", async () => {
    const orderId = await placeOrder({ delivery: null, email: null });
    expect(await ship(orderId)).toMatchObject({ kind: "fulfilled", noticeQueued: false });
    expect((await markOrderReadyForPickup(database.db, packer, { orderId: await placeOrder({ delivery: null }), ...staff })).kind).toBe("wrong-delivery");
  });
});
