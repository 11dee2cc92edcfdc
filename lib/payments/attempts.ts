import "server-only";
import { and, desc, eq, gt, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { orderItems, orders, payments, type NewOrder, type NewOrderItem, type Order, type Payment } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/tx";
import { insertEvent } from "./events";
import { orderStatusesBefore } from "./transitions";

/**
 * Checkout attempts: the order and a fresh `created` payment, written before
 * PMS is called. Every later change of a payment goes through state-writer.ts.
 */

export type CheckoutLine = Omit<NewOrderItem, "orderId" | "id">;

export type NewAttempt = {
  rrn: string;
  method: Payment["method"];
  storeCode: string;
  returnTokenHash: string;
  pmsTimeoutAt: Date;
  firstCheckAt: Date;
};

/** Contact and delivery from checkout; the fee is part of the order's total (and so of PMS amt). */
export type OrderDetails = Pick<NewOrder, "contactEmail" | "contactPhone" | "deliveryMethod" | "deliveryAddress" | "shopperId"> & {
  deliveryFeeCents: number;
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
  input: { cartId: string; locale: string; lines: CheckoutLine[]; attempt: NewAttempt; now: Date; details?: OrderDetails },
): Promise<StartAttemptResult> {
  const details = input.details ?? { deliveryFeeCents: 0 };
  const totalCents = input.lines.reduce((sum, line) => sum + line.lineTotalCents, 0) + details.deliveryFeeCents;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from carts where id = ${input.cartId} for update`);
    let order = await findReusableOrder(tx, input.cartId, input.lines, details);
    if (order) {
      const live = await findLiveAttempt(tx, order.id, input.attempt.method, input.now);
      if (live) return { kind: "in-progress", order, payment: live };
      if (order.status !== "pending") order = await reopenOrder(tx, order);
    } else {
      const [created] = await tx
        .insert(orders)
        .values({ ...details, cartId: input.cartId, totalCents, locale: input.locale })
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
async function findLiveAttempt(tx: Tx, orderId: string, method: Payment["method"], now: Date): Promise<Payment | undefined> {
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

/** The cart's latest unpaid order, if it holds exactly what the cart holds now at today's prices, for the same details. */
async function findReusableOrder(tx: Tx, cartId: string, lines: CheckoutLine[], details: OrderDetails): Promise<Order | undefined> {
  const [latest] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.cartId, cartId), inArray(orders.status, ["pending", "failed", "expired"])))
    .orderBy(desc(orders.createdAt))
    .limit(1)
    .for("update");
  if (!latest || !sameDetails(latest, details)) return undefined;
  const items = await tx.select().from(orderItems).where(eq(orderItems.orderId, latest.id));
  const signature = (rows: Pick<CheckoutLine, "productId" | "variantId" | "quantity" | "unitPriceCents">[]) =>
    rows
      .map((row) => `${row.productId}/${row.variantId}:${row.quantity}:${row.unitPriceCents}`)
      .sort()
      .join(",");
  return signature(items) === signature(lines) ? latest : undefined;
}

function sameDetails(order: Order, details: OrderDetails): boolean {
  // Field by field: jsonb does not keep the key order the address was written in.
  const pick = ({ contactEmail, contactPhone, deliveryMethod, deliveryAddress: a, deliveryFeeCents }: OrderDetails) =>
    JSON.stringify([contactEmail, contactPhone, deliveryMethod, a && [a.name, a.line1, a.line2, a.district, a.region], deliveryFeeCents].map((v) => v ?? null));
  return pick(order) === pick(details);
}

async function reopenOrder(tx: Tx, order: Order): Promise<Order> {
  const [reopened] = await tx
    .update(orders)
    .set({ status: "pending", updatedAt: new Date() })
    .where(and(eq(orders.id, order.id), inArray(orders.status, orderStatusesBefore("pending"))))
    .returning();
  return reopened ?? order;
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
