import "server-only";
import { and, asc, desc, eq, gt, inArray, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import {
  cartItems,
  orderItems,
  orders,
  paymentEvents,
  payments,
  type EventSource,
  type NewOrderItem,
  type Order,
  type OrderStatus,
  type Payment,
  type PaymentStatus,
} from "@/lib/db/schema";
import { canMovePayment, finalPaymentStatuses, livePaymentStatuses, orderStatusesBefore } from "./transitions";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Executor = Db | Tx;

export type EventInput = {
  kind: string;
  source: EventSource;
  detail?: string;
  pmsAnswer?: unknown;
  fromStatus?: PaymentStatus;
  toStatus?: PaymentStatus;
};

export async function insertEvent(db: Executor, payment: Pick<Payment, "id" | "orderId">, event: EventInput) {
  await db.insert(paymentEvents).values({
    paymentId: payment.id,
    orderId: payment.orderId,
    kind: event.kind,
    source: event.source,
    detail: event.detail ?? null,
    pmsAnswer: event.pmsAnswer ?? null,
    fromStatus: event.fromStatus ?? null,
    toStatus: event.toStatus ?? null,
  });
}

export async function getPaymentById(db: Executor, id: string): Promise<Payment | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id)).limit(1);
  return row;
}

export async function getPaymentByRrn(db: Executor, rrn: string): Promise<Payment | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.rrn, rrn)).limit(1);
  return row;
}

export async function getOrderRow(db: Executor, id: string): Promise<Order | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id)).limit(1);
  return row;
}

export async function listOrderPayments(db: Executor, orderId: string): Promise<Payment[]> {
  return db.select().from(payments).where(eq(payments.orderId, orderId)).orderBy(asc(payments.createdAt));
}

export async function listOrderItems(db: Executor, orderId: string) {
  return db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.id));
}

export async function listOrderEvents(db: Executor, orderId: string) {
  return db.select().from(paymentEvents).where(eq(paymentEvents.orderId, orderId)).orderBy(asc(paymentEvents.id));
}

export async function listPaymentEvents(db: Executor, paymentId: string) {
  return db.select().from(paymentEvents).where(eq(paymentEvents.paymentId, paymentId)).orderBy(asc(paymentEvents.id));
}

export type CheckoutLine = Omit<NewOrderItem, "orderId" | "id">;

export type NewAttempt = {
  rrn: string;
  method: string;
  storeCode: string;
  returnTokenHash: string;
  pmsTimeoutAt: Date;
  firstCheckAt: Date;
};

export type StartAttemptResult =
  | { kind: "created"; order: Order; payment: Payment }
  | { kind: "in-progress"; order: Order; payment: Payment };

/**
 * One transaction, before PMS is called: the order (new, or the cart's
 * unpaid order when the cart still matches it) and a fresh attempt. The cart
 * row is locked first, so a double click or a second tab is serialised here:
 * the second request finds the first one's live attempt for the same method
 * and reuses it instead of creating another.
 */
export async function startPaymentAttempt(
  db: Db,
  input: { cartId: string; locale: string; lines: CheckoutLine[]; attempt: NewAttempt; now: Date },
): Promise<StartAttemptResult> {
  const totalCents = input.lines.reduce((sum, line) => sum + line.lineTotalCents, 0);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from carts where id = ${input.cartId} for update`);
    let order = await findReusableOrder(tx, input.cartId, input.lines);
    if (order) {
      const live = await findLiveAttempt(tx, order.id, input.attempt.method, input.now);
      if (live) return { kind: "in-progress", order, payment: live };
      if (order.status !== "pending") order = await reopenOrder(tx, order);
    } else {
      const [created] = await tx
        .insert(orders)
        .values({ cartId: input.cartId, totalCents, locale: input.locale })
        .returning();
      if (!created) throw new Error("order insert returned no row");
      order = created;
      await tx.insert(orderItems).values(input.lines.map((line) => ({ ...line, orderId: created.id })));
    }
    const payment = await insertAttempt(tx, order, input.attempt, input.now);
    return { kind: "created", order, payment };
  });
}

// A sale still waiting for PMS's first answer; past this, an unanswered one
// (PMS timed out) no longer blocks a new attempt: reconciliation settles it.
const unansweredSaleGraceMs = 30_000;

/** The attempt of this order and method the shopper may still be paying: reuse it rather than start another. */
async function findLiveAttempt(tx: Tx, orderId: string, method: string, now: Date): Promise<Payment | undefined> {
  const [live] = await tx
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.orderId, orderId),
        eq(payments.method, method),
        gt(payments.pmsTimeoutAt, now),
        or(
          eq(payments.status, "pending"),
          and(eq(payments.status, "created"), gt(payments.createdAt, new Date(now.getTime() - unansweredSaleGraceMs))),
        ),
      ),
    )
    .orderBy(desc(payments.createdAt))
    .limit(1);
  return live;
}

/** The cart's latest unpaid order, if it holds exactly what the cart holds now at today's prices. */
async function findReusableOrder(tx: Tx, cartId: string, lines: CheckoutLine[]): Promise<Order | undefined> {
  const [latest] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.cartId, cartId), inArray(orders.status, ["pending", "failed", "expired"])))
    .orderBy(desc(orders.createdAt))
    .limit(1)
    .for("update");
  if (!latest) return undefined;
  const items = await tx.select().from(orderItems).where(eq(orderItems.orderId, latest.id));
  const signature = (rows: Pick<CheckoutLine, "productId" | "quantity" | "unitPriceCents">[]) =>
    rows
      .map((row) => `${row.productId}:${row.quantity}:${row.unitPriceCents}`)
      .sort()
      .join(",");
  return signature(items) === signature(lines) ? latest : undefined;
}

async function reopenOrder(tx: Tx, order: Order): Promise<Order> {
  const [reopened] = await tx
    .update(orders)
    .set({ status: "pending", updatedAt: new Date() })
    .where(and(eq(orders.id, order.id), inArray(orders.status, orderStatusesBefore("pending"))))
    .returning();
  return reopened ?? order;
}

/** PMS accepted the sale: the attempt is now pending at PMS, and we know its payment page. */
export async function recordSaleAccepted(
  db: Db,
  payment: Payment,
  sale: { paymentUrl: string; gwRefCode?: string | undefined; pmsTimeoutAt?: Date; answer: unknown },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [moved] = await tx
      .update(payments)
      .set({
        status: "pending",
        paymentUrl: sale.paymentUrl,
        gwRefCode: sale.gwRefCode || null,
        ...(sale.pmsTimeoutAt && { pmsTimeoutAt: sale.pmsTimeoutAt }),
        updatedAt: new Date(),
      })
      .where(and(eq(payments.id, payment.id), eq(payments.status, "created")))
      .returning();
    if (!moved) return false;
    await insertEvent(tx, payment, {
      kind: "sale_accepted",
      source: "sales",
      fromStatus: "created",
      toStatus: "pending",
      pmsAnswer: sale.answer,
    });
    return true;
  });
}

/**
 * PMS refused the sale, or we could not tell (timeout, garbage). Only a
 * clear refusal fails the attempt; an unclear answer leaves it `created`
 * for reconciliation to ask /online/query, because PMS may have taken it.
 */
export async function recordSaleFailed(
  db: Db,
  payment: Payment,
  failure: { definite: boolean; detail: string; answer?: unknown },
): Promise<void> {
  if (!failure.definite) {
    await insertEvent(db, payment, { kind: "sale_unanswered", source: "sales", detail: failure.detail, pmsAnswer: failure.answer });
    return;
  }
  await applyPaymentStatus(db, {
    paymentId: payment.id,
    to: "failed",
    source: "sales",
    kind: "sale_refused",
    detail: failure.detail,
    pmsAnswer: failure.answer,
  });
}

export type ApplyInput = {
  paymentId: string;
  to: PaymentStatus;
  source: EventSource;
  kind?: string;
  detail?: string;
  pmsAnswer?: unknown;
  gwRefCode?: string | undefined;
};

export type ApplyResult = { changed: boolean; payment: Payment | undefined; order: Order | undefined };

/**
 * The one place a payment changes state. In one transaction: lock the
 * payment, move it only along an allowed edge (a repeat or a stale answer is
 * a no-op), append the event, and carry the consequence to the order. 50
 * concurrent copies of one notification make one transition and one event.
 */
export async function applyPaymentStatus(db: Db, input: ApplyInput): Promise<ApplyResult> {
  return db.transaction(async (tx) => {
    // Lock order first, then payment, everywhere: the event row's foreign key
    // share-locks the order, so taking the order lock late would deadlock two
    // attempts of one order succeeding at the same moment.
    const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, input.paymentId));
    if (!ref) return { changed: false, payment: undefined, order: undefined };
    await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, ref.orderId)).for("update");
    const [payment] = await tx.select().from(payments).where(eq(payments.id, input.paymentId)).for("update");
    if (!payment || !canMovePayment(payment.status, input.to)) {
      return { changed: false, payment, order: payment && (await getOrderRow(tx, payment.orderId)) };
    }
    const now = new Date();
    const late = input.to === "succeeded" && (payment.status === "failed" || payment.status === "expired");
    const [moved] = await tx
      .update(payments)
      .set({
        status: input.to,
        updatedAt: now,
        ...(finalPaymentStatuses.includes(input.to) && { finalizedAt: now, nextCheckAt: null }),
        ...(input.gwRefCode && { gwRefCode: input.gwRefCode }),
        ...(late && { flag: "paid_late" as const, flagReason: `PMS reported success after we recorded ${payment.status}` }),
      })
      .where(and(eq(payments.id, payment.id), eq(payments.status, payment.status)))
      .returning();
    if (!moved) return { changed: false, payment, order: await getOrderRow(tx, payment.orderId) };
    await insertEvent(tx, payment, {
      kind: input.kind ?? `payment_${input.to}`,
      source: input.source,
      fromStatus: payment.status,
      toStatus: input.to,
      detail: input.detail,
      pmsAnswer: input.pmsAnswer,
    });
    const order = await carryToOrder(tx, moved, input.source);
    return { changed: true, payment: (await getPaymentById(tx, moved.id)) ?? moved, order };
  });
}

async function carryToOrder(tx: Tx, payment: Payment, source: EventSource): Promise<Order | undefined> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, payment.orderId)).for("update");
  if (!order) return undefined;
  if (payment.status === "succeeded") return markOrderPaid(tx, order, payment, source);
  if (payment.status === "refunded") {
    if (order.paidPaymentId !== payment.id) return order;
    return moveOrder(tx, order, "refunded", payment, source, "order_refunded");
  }
  if (payment.status === "failed" || payment.status === "expired") {
    // The order fails only when no other attempt of it can still succeed.
    const others = await tx
      .select({ id: payments.id })
      .from(payments)
      .where(
        and(
          eq(payments.orderId, order.id),
          ne(payments.id, payment.id),
          inArray(payments.status, [...livePaymentStatuses, "succeeded"]),
        ),
      )
      .limit(1);
    if (others.length > 0 || order.status !== "pending") return order;
    return moveOrder(tx, order, payment.status, payment, source, `order_${payment.status}`);
  }
  return order;
}

async function markOrderPaid(tx: Tx, order: Order, payment: Payment, source: EventSource): Promise<Order> {
  if (order.status === "paid" || order.status === "refunded") {
    if (order.paidPaymentId === payment.id) return order;
    // Two attempts of one order both succeeded (two tabs, two phones): the
    // order is paid once; this money goes back, and staff must see it.
    await tx
      .update(payments)
      .set({ flag: "refund_extra", flagReason: `order already paid by payment ${order.paidPaymentId}` })
      .where(eq(payments.id, payment.id));
    await insertEvent(tx, payment, {
      kind: "flagged_refund_extra",
      source,
      detail: "a second successful payment for an order that was already paid: refund it",
    });
    return order;
  }
  const late = order.status === "expired" || order.status === "failed";
  const [paid] = await tx
    .update(orders)
    .set({ status: "paid", paidPaymentId: payment.id, updatedAt: new Date(), ...(late && { paidLateAt: new Date() }) })
    .where(and(eq(orders.id, order.id), inArray(orders.status, orderStatusesBefore("paid"))))
    .returning();
  if (!paid) return order;
  await insertEvent(tx, payment, {
    kind: late ? "order_paid_late" : "order_paid",
    source,
    detail: late ? `paid after the order was ${order.status}: fulfil or refund` : undefined,
  });
  if (late && payment.flag !== "paid_late") {
    await tx
      .update(payments)
      .set({ flag: "paid_late", flagReason: `PMS reported success after the order was ${order.status}` })
      .where(eq(payments.id, payment.id));
  }
  // Paid: the shopper's cart no longer holds what they just bought.
  if (order.cartId) {
    const bought = await tx.select({ productId: orderItems.productId }).from(orderItems).where(eq(orderItems.orderId, order.id));
    const ids = bought.map((row) => row.productId).filter((id): id is number => id !== null);
    if (ids.length > 0) {
      await tx.delete(cartItems).where(and(eq(cartItems.cartId, order.cartId), inArray(cartItems.productId, ids)));
    }
  }
  return paid;
}

async function moveOrder(
  tx: Tx,
  order: Order,
  to: OrderStatus,
  payment: Payment,
  source: EventSource,
  kind: string,
): Promise<Order> {
  const [moved] = await tx
    .update(orders)
    .set({ status: to, updatedAt: new Date() })
    .where(and(eq(orders.id, order.id), inArray(orders.status, orderStatusesBefore(to))))
    .returning();
  if (!moved) return order;
  await insertEvent(tx, payment, { kind, source, detail: `order ${order.status} → ${to}` });
  return moved;
}

/**
 * PMS's answer does not match our record: never mark anything paid; hold
 * the payment for staff. Recorded once, however often the answer repeats.
 */
export async function holdPaymentForReview(
  db: Db,
  input: { paymentId: string; source: EventSource; reason: string; pmsAnswer: unknown },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [held] = await tx
      .update(payments)
      .set({ flag: "review_mismatch", flagReason: input.reason, nextCheckAt: null, updatedAt: new Date() })
      .where(and(eq(payments.id, input.paymentId), sql`${payments.flag} is distinct from 'review_mismatch'`))
      .returning();
    if (!held) return false;
    await insertEvent(tx, held, {
      kind: "held_for_review",
      source: input.source,
      detail: input.reason,
      pmsAnswer: input.pmsAnswer,
    });
    return true;
  });
}

export type RetryAttemptResult = StartAttemptResult | { kind: "already-paid"; order: Order } | { kind: "not-found" };

/**
 * Another method for the same order, chosen by the shopper after a failure
 * or a timeout: the order's own items and total, a fresh attempt and rrn.
 */
export async function startRetryAttempt(
  db: Db,
  input: { orderId: string; attempt: NewAttempt; now: Date },
): Promise<RetryAttemptResult> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
    if (!locked) return { kind: "not-found" };
    if (locked.status === "paid" || locked.status === "refunded") return { kind: "already-paid", order: locked };
    const live = await findLiveAttempt(tx, locked.id, input.attempt.method, input.now);
    if (live) return { kind: "in-progress", order: locked, payment: live };
    const order = locked.status === "pending" ? locked : await reopenOrder(tx, locked);
    const payment = await insertAttempt(tx, order, input.attempt, input.now);
    return { kind: "created", order, payment };
  });
}

async function insertAttempt(tx: Tx, order: Order, attempt: NewAttempt, now: Date): Promise<Payment> {
  const [payment] = await tx
    .insert(payments)
    .values({
      orderId: order.id,
      rrn: attempt.rrn,
      method: attempt.method,
      amountCents: order.totalCents,
      storeCode: attempt.storeCode,
      returnTokenHash: attempt.returnTokenHash,
      pmsTimeoutAt: attempt.pmsTimeoutAt,
      nextCheckAt: attempt.firstCheckAt,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!payment) throw new Error("payment insert returned no row");
  await insertEvent(tx, payment, {
    kind: "attempt_created",
    source: "checkout",
    toStatus: "created",
    detail: `${payment.method}, ${payment.amountCents} cents, rrn ${payment.rrn}`,
  });
  return payment;
}
