import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import type { OrderPaid } from "./order-paid-effects";
import { getPaymentById } from "./queries";
import { recordSaleAccepted } from "./sales";
import { applyPaymentStatus } from "./state-writer";
import { createOrderWithAttempt } from "./test-support";

// A recording effect appended to the real list, as a feature would append its own.
const seen = vi.hoisted(() => ({ calls: [] as OrderPaid[], fail: false }));
vi.mock("./order-paid-effects", async (importOriginal) => {
  const real = await importOriginal<typeof import("./order-paid-effects")>();
  const record: import("./order-paid-effects").OrderPaidEffect = async (_tx, paid) => {
    if (seen.fail) throw new Error("effect failed");
    seen.calls.push(paid);
  };
  const effects = [...real.orderPaidEffects, record];
  return {
    ...real,
    orderPaidEffects: effects,
    runOrderPaidEffects: (tx: Parameters<typeof real.runOrderPaidEffects>[0], paid: Parameters<typeof real.runOrderPaidEffects>[1]) =>
      real.runOrderPaidEffects(tx, paid, effects),
  };
});

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});
beforeEach(() => {
  seen.calls = [];
  seen.fail = false;
});

async function pendingAttempt() {
  const created = await createOrderWithAttempt(database.db);
  await recordSaleAccepted(database.db, created.payment, { paymentUrl: "http://pms.test/p", answer: {} });
  return { ...created, payment: (await getPaymentById(database.db, created.payment.id))! };
}

describe("order-paid effects", () => {
  it("run once when the order becomes paid, however many successes race", async () => {
    const { payment, order } = await pendingAttempt();
    await Promise.all(
      Array.from({ length: 20 }, () => applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" })),
    );
    expect(seen.calls).toHaveLength(1);
    expect(seen.calls[0]).toMatchObject({ late: false, source: "webhook", payment: { id: payment.id } });
    expect(seen.calls[0]!.order).toMatchObject({ id: order.id, status: "paid", paidPaymentId: payment.id });
  });

  it("do not run for a second successful attempt of an already paid order", async () => {
    const first = await pendingAttempt();
    const second = await createOrderWithAttempt(database.db, { method: "VMPAY", cartId: first.cartId });
    await applyPaymentStatus(database.db, { paymentId: first.payment.id, to: "succeeded", source: "webhook" });
    await applyPaymentStatus(database.db, { paymentId: second.payment.id, to: "succeeded", source: "webhook" });
    expect(seen.calls.map((call) => call.payment.id)).toEqual([first.payment.id]);
  });

  it("run for a late success, marked late", async () => {
    const { payment } = await pendingAttempt();
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "expired", source: "reconcile" });
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "reconcile" });
    expect(seen.calls).toHaveLength(1);
    expect(seen.calls[0]!.late).toBe(true);
  });

  it("a failing effect rolls the whole transition back, so it is applied again later", async () => {
    const { payment } = await pendingAttempt();
    seen.fail = true;
    await expect(applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" })).rejects.toThrow();
    expect((await getPaymentById(database.db, payment.id))!.status).toBe("pending");
    seen.fail = false;
    expect((await applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" })).changed).toBe(true);
    expect(seen.calls).toHaveLength(1);
  });
});
