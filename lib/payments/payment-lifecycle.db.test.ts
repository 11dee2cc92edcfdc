import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cartItems, orders, paymentEvents, payments, type Payment } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { confirmPayment } from "./confirm-payment";
import { getOrderRow, getPaymentById } from "./queries";
import { recordSaleAccepted } from "./sales";
import { applyPaymentStatus } from "./state-writer";
import { createFakePms, createOrderWithAttempt } from "./test-support";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function pendingAttempt(method: Payment["method"] = "WXPAY", cartId?: string) {
  const created = await createOrderWithAttempt(database.db, { method, ...(cartId && { cartId }) });
  if (created.kind !== "created") throw new Error("expected a new attempt");
  await recordSaleAccepted(database.db, created.payment, { paymentUrl: "http://pms.test/pay/1", answer: {} });
  const payment = (await getPaymentById(database.db, created.payment.id))!;
  return { ...created, payment };
}

async function eventsOf(paymentId: string) {
  return database.db.select().from(paymentEvents).where(eq(paymentEvents.paymentId, paymentId)).orderBy(paymentEvents.id);
}

describe("starting an attempt", () => {
  it("creates the order, its items and the attempt with an event, in one go", async () => {
    const { order, payment, lines } = await createOrderWithAttempt(database.db);
    expect(order.status).toBe("pending");
    expect(order.totalCents).toBe(lines.reduce((sum, line) => sum + line.lineTotalCents, 0));
    expect(payment.status).toBe("created");
    expect(payment.amountCents).toBe(order.totalCents);
    expect(payment.rrn).toMatch(/^[0-9]{24}$/);
    expect((await eventsOf(payment.id)).map((e) => e.kind)).toEqual(["attempt_created"]);
  });

  it("a double click reuses the live attempt instead of creating a second one", async () => {
    const first = await createOrderWithAttempt(database.db);
    const clicks = await Promise.all(
      Array.from({ length: 5 }, () => createOrderWithAttempt(database.db, { cartId: first.cartId })),
    );
    expect(clicks.every((click) => click.kind === "in-progress" && click.payment.id === first.payment.id)).toBe(true);
    const attempts = await database.db.select().from(payments).where(eq(payments.orderId, first.order.id));
    expect(attempts).toHaveLength(1);
  });

  it("a deliberate other method on the same cart is a new attempt on the same order", async () => {
    const first = await createOrderWithAttempt(database.db, { method: "WXPAY" });
    const second = await createOrderWithAttempt(database.db, { method: "VMPAY", cartId: first.cartId });
    expect(second.kind).toBe("created");
    expect(second.order.id).toBe(first.order.id);
    expect(second.payment.id).not.toBe(first.payment.id);
  });
});

describe("PMS accepting the sale", () => {
  it("moves created to pending through the state writer, with the payment page and one event", async () => {
    const { payment } = await pendingAttempt();
    expect(payment.status).toBe("pending");
    expect(payment.paymentUrl).toBe("http://pms.test/pay/1");
    const events = await eventsOf(payment.id);
    expect(events.filter((e) => e.kind === "sale_accepted")).toMatchObject([{ fromStatus: "created", toStatus: "pending", source: "sales" }]);
  });

  it("a sale answer arriving after PMS already reported success changes nothing", async () => {
    const created = await createOrderWithAttempt(database.db);
    await applyPaymentStatus(database.db, { paymentId: created.payment.id, to: "succeeded", source: "result_page" });
    const accepted = await recordSaleAccepted(database.db, created.payment, { paymentUrl: "http://pms.test/late", answer: {} });
    expect(accepted).toBe(false);
    const after = (await getPaymentById(database.db, created.payment.id))!;
    expect(after.status).toBe("succeeded");
    expect(after.paymentUrl).toBeNull();
  });
});

describe("confirming with /online/query", () => {
  it("50 concurrent copies of one webhook make one transition and one event", async () => {
    const { payment, order, cartId } = await pendingAttempt();
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "succeeded", amountCents: payment.amountCents, gatewayRef: "GW-1" });
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => confirmPayment({ payment, source: "webhook", client: pms.client })),
    );
    expect(outcomes.filter((o) => o.kind === "applied")).toHaveLength(1);
    const events = await eventsOf(payment.id);
    expect(events.filter((e) => e.kind === "payment_succeeded")).toHaveLength(1);
    expect(events.filter((e) => e.kind === "order_paid")).toHaveLength(1);
    const paid = (await getOrderRow(database.db, order.id))!;
    expect(paid.status).toBe("paid");
    expect(paid.paidPaymentId).toBe(payment.id);
    expect((await getPaymentById(database.db, payment.id))!.gwRefCode).toBe("GW-1");
    // Paid: the cart no longer holds what was bought.
    expect(await database.db.select().from(cartItems).where(eq(cartItems.cartId, cartId))).toHaveLength(0);
  });

  it("a failure after paid changes nothing: paid stays paid", async () => {
    const { payment, order } = await pendingAttempt();
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" });
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "failed", amountCents: payment.amountCents });
    const outcome = await confirmPayment({ payment, source: "reconcile", client: pms.client });
    expect(outcome.kind).toBe("unchanged");
    expect((await getPaymentById(database.db, payment.id))!.status).toBe("succeeded");
    expect((await getOrderRow(database.db, order.id))!.status).toBe("paid");
  });

  it("an amount mismatch never marks anything paid: the payment is held for review, once", async () => {
    const { payment, order } = await pendingAttempt();
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "succeeded", amountCents: payment.amountCents - 1 });
    await confirmPayment({ payment, source: "webhook", client: pms.client });
    await confirmPayment({ payment, source: "result_page", client: pms.client });
    const held = (await getPaymentById(database.db, payment.id))!;
    expect(held.status).toBe("pending");
    expect(held.flag).toBe("review_mismatch");
    expect(held.flagReason).toMatch(/amount/);
    expect((await getOrderRow(database.db, order.id))!.status).toBe("pending");
    expect((await eventsOf(payment.id)).filter((e) => e.kind === "held_for_review")).toHaveLength(1);
  });

  it("a currency or store mismatch is held too", async () => {
    const { payment } = await pendingAttempt();
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "succeeded", amountCents: payment.amountCents, storeCode: "OTHER" });
    expect((await confirmPayment({ payment, source: "webhook", client: pms.client })).kind).toBe("held");
  });

  it("a forged webhook for a pending payment changes nothing (PMS still says pending)", async () => {
    const { payment, order } = await pendingAttempt();
    const pms = createFakePms();
    pms.answer(payment.rrn, { status: "pending", amountCents: payment.amountCents });
    const before = await eventsOf(payment.id);
    expect((await confirmPayment({ payment, source: "webhook", client: pms.client })).kind).toBe("unchanged");
    expect((await getPaymentById(database.db, payment.id))!.status).toBe("pending");
    expect((await getOrderRow(database.db, order.id))!.status).toBe("pending");
    expect(await eventsOf(payment.id)).toHaveLength(before.length);
  });

  it("PMS unreachable changes nothing", async () => {
    const { payment } = await pendingAttempt();
    const pms = createFakePms();
    pms.answer(payment.rrn, "down");
    expect((await confirmPayment({ payment, source: "webhook", client: pms.client })).kind).toBe("query-failed");
    expect((await getPaymentById(database.db, payment.id))!.status).toBe("pending");
  });
});

describe("orders with more than one attempt", () => {
  it("two successful attempts: the order is paid once and the extra payment is flagged for refund", async () => {
    const first = await pendingAttempt("WXPAY");
    const second = await pendingAttempt("VMPAY", first.cartId);
    expect(second.order.id).toBe(first.order.id);
    await Promise.all([
      applyPaymentStatus(database.db, { paymentId: first.payment.id, to: "succeeded", source: "webhook" }),
      applyPaymentStatus(database.db, { paymentId: second.payment.id, to: "succeeded", source: "webhook" }),
    ]);
    const order = (await getOrderRow(database.db, first.order.id))!;
    expect(order.status).toBe("paid");
    const both = [await getPaymentById(database.db, first.payment.id), await getPaymentById(database.db, second.payment.id)];
    const extra = both.find((p) => p!.id !== order.paidPaymentId)!;
    expect(extra.status).toBe("succeeded");
    expect(extra.flag).toBe("refund_extra");
    const paidEvents = await database.db.select().from(paymentEvents).where(eq(paymentEvents.orderId, order.id));
    expect(paidEvents.filter((e) => e.kind === "order_paid")).toHaveLength(1);
  });

  it("one attempt failing leaves the order pending while another attempt is live", async () => {
    const first = await pendingAttempt("WXPAY");
    await pendingAttempt("ALIPAY", first.cartId);
    await applyPaymentStatus(database.db, { paymentId: first.payment.id, to: "failed", source: "webhook" });
    expect((await getOrderRow(database.db, first.order.id))!.status).toBe("pending");
  });

  it("a success after the order expired is applied and flagged paid late", async () => {
    const { payment, order } = await pendingAttempt();
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "expired", source: "reconcile" });
    expect((await getOrderRow(database.db, order.id))!.status).toBe("expired");
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" });
    const late = (await getPaymentById(database.db, payment.id))!;
    expect(late.status).toBe("succeeded");
    expect(late.flag).toBe("paid_late");
    const paidOrder = (await getOrderRow(database.db, order.id))!;
    expect(paidOrder.status).toBe("paid");
    expect(paidOrder.paidLateAt).not.toBeNull();
  });

  it("a refund of the paying payment refunds the order; expired never goes back to pending", async () => {
    const { payment, order } = await pendingAttempt();
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" });
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "refunded", source: "webhook" });
    expect((await getOrderRow(database.db, order.id))!.status).toBe("refunded");
    const again = await applyPaymentStatus(database.db, { paymentId: payment.id, to: "pending", source: "webhook" });
    expect(again.changed).toBe(false);
    const rows = await database.db.select().from(orders).where(eq(orders.id, order.id));
    expect(rows[0]!.status).toBe("refunded");
  });
});

describe("an attempt whose sale went unanswered", () => {
  it("blocks a second click for a moment, then no longer stops a fresh attempt", async () => {
    const first = await createOrderWithAttempt(database.db, { method: "ALIPAY" });
    const again = await createOrderWithAttempt(database.db, { method: "ALIPAY", cartId: first.cartId });
    expect(again.kind).toBe("in-progress");
    const later = await createOrderWithAttempt(database.db, {
      method: "ALIPAY",
      cartId: first.cartId,
      now: new Date(Date.now() + 60_000),
    });
    expect(later.kind).toBe("created");
    expect(later.order.id).toBe(first.order.id);
  });
});
