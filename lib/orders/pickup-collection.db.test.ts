import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testActor } from "@/lib/auth/test-actors";
import { orders } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { listOrderMail } from "@/lib/mail/outbox";
import { getOrderRow } from "@/lib/payments/queries";
import { markOrderReadyForPickup, markOrderShipped } from "./fulfilment";
import { markOrderCollected } from "./pickup-collection";
import { placeOrder } from "./test-support";

const as = (email: string) => testActor("staff", { email });

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const readyAt = new Date("2026-12-01T02:00:00Z");
const collectedAt = new Date("2026-12-02T06:30:00Z");
const collect = (orderId: string, staffEmail = "counter@harbour.test") => markOrderCollected(database.db, as(staffEmail), { orderId, now: collectedAt });

async function readyOrder() {
  const orderId = await placeOrder(database.db, { delivery: "pickup" });
  await markOrderReadyForPickup(database.db, as("packer@harbour.test"), { orderId, now: readyAt });
  return orderId;
}

describe("a pick-up order collected at the store", () => {
  it("after ready for pick-up, is marked collected with who and when, and nobody is mailed", async () => {
    const orderId = await readyOrder();
    const mailBefore = (await listOrderMail(database.db, orderId)).length;
    expect(await collect(orderId)).toMatchObject({ kind: "collected" });
    expect(await getOrderRow(database.db, orderId)).toMatchObject({
      fulfilment: "ready_for_pickup",
      fulfilledAt: readyAt,
      collectedAt,
      collectedBy: "counter@harbour.test",
    });
    expect(await listOrderMail(database.db, orderId)).toHaveLength(mailBefore);
  });

  it("two staff marking it collected at once record one collection: the first", async () => {
    const orderId = await readyOrder();
    const results = await Promise.all([collect(orderId, "a@harbour.test"), collect(orderId, "b@harbour.test")]);
    expect(results.map((result) => result.kind).sort()).toEqual(["already-collected", "collected"]);
    const winner = results.find((result) => result.kind === "collected")!;
    expect((await getOrderRow(database.db, orderId))!.collectedBy).toBe(winner.kind === "collected" && winner.order.collectedBy);
  });

  it("only after ready for pick-up: a pick-up order not yet set aside, a shipped order or an unpaid one is refused and unchanged", async () => {
    const notReady = await placeOrder(database.db, { delivery: "pickup" });
    expect(await collect(notReady)).toEqual({ kind: "not-ready", fulfilment: null });
    const shipped = await placeOrder(database.db);
    await markOrderShipped(database.db, as("packer@harbour.test"), { orderId: shipped, carrier: "SF Express", trackingNumber: "SF-1" });
    expect(await collect(shipped)).toEqual({ kind: "not-ready", fulfilment: "shipped" });
    const unpaid = await placeOrder(database.db, { delivery: "pickup", paid: false });
    expect(await collect(unpaid)).toEqual({ kind: "not-paid", status: "pending" });
    for (const orderId of [notReady, shipped, unpaid]) expect((await getOrderRow(database.db, orderId))!.collectedAt).toBeNull();
    expect((await collect("not-a-uuid")).kind).toBe("invalid");
    expect(await collect("00000000-0000-4000-8000-000000000000")).toEqual({ kind: "not-found" });
  });

  it("the database itself refuses a collection on an order not set aside, or one without who collected it", async () => {
    const shipped = await placeOrder(database.db);
    await markOrderShipped(database.db, as("packer@harbour.test"), { orderId: shipped, carrier: "SF Express", trackingNumber: "SF-2" });
    await expect(database.db.update(orders).set({ collectedAt, collectedBy: "x@harbour.test" }).where(eq(orders.id, shipped))).rejects.toThrow();
    const ready = await readyOrder();
    await expect(database.db.update(orders).set({ collectedAt }).where(eq(orders.id, ready))).rejects.toThrow();
    // Neither half-collection stuck.
    for (const orderId of [shipped, ready]) expect((await getOrderRow(database.db, orderId))!.collectedAt).toBeNull();
  });
});
