import "server-only";
import { and, asc, desc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { mailOutbox, orderItems, orders, type MailOutboxRow, type Order, type OrderItem } from "@/lib/db/schema";
import { claimLeased, leaseHeld } from "@/lib/db/claim";
import type { Executor } from "@/lib/db/tx";
import { env } from "@/lib/env";
import { orderReference } from "@/lib/orders/reference";
import { renderFulfilmentNotice, renderOrderConfirmation, renderShipmentCorrection, type OrderMailInput, type RenderedMail } from "./templates";


export type MailKind = "order_confirmation" | "shipped" | "shipment_corrected" | "ready_for_pickup" | "sign_in" | "find_order" | "staff_invitation";

export type OutgoingMail = {
  /** Same key, same message: a second enqueue is a no-op (exactly once per fact). */
  dedupeKey: string;
  kind: MailKind;
  to: string;
  locale: string;
  orderId?: string | undefined;
  rendered: RenderedMail;
};

/** Writes the message to the outbox; returns false when one with the same key is already there. */
export async function enqueueMail(db: Executor, mail: OutgoingMail): Promise<boolean> {
  const inserted = await db
    .insert(mailOutbox)
    .values({
      dedupeKey: mail.dedupeKey,
      kind: mail.kind,
      toAddress: mail.to,
      locale: mail.locale,
      subject: mail.rendered.subject,
      html: mail.rendered.html,
      text: mail.rendered.text,
      orderId: mail.orderId ?? null,
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id });
  return inserted.length > 0;
}

/** An order and its items as a caller already holds them (the order-paid effects load them once). */
export type KnownOrder = { order: Order; items: Pick<OrderItem, "name" | "variantLabel" | "quantity" | "lineTotalCents">[] };

async function orderMailInput(db: Executor, orderId: string, known?: KnownOrder): Promise<(OrderMailInput & { to: string }) | undefined> {
  const order = known?.order ?? (await db.select().from(orders).where(eq(orders.id, orderId)).limit(1))[0];
  if (!order?.contactEmail) return undefined;
  const items = known?.items.map(({ name, variantLabel, quantity, lineTotalCents }) => ({ name, variantLabel, quantity, lineTotalCents })) ??
    (await db
      .select({
        name: orderItems.name,
        variantLabel: orderItems.variantLabel,
        quantity: orderItems.quantity,
        lineTotalCents: orderItems.lineTotalCents,
      })
      .from(orderItems)
      .where(eq(orderItems.orderId, orderId))
      .orderBy(asc(orderItems.id)));
  return {
    to: order.contactEmail,
    locale: order.locale,
    orderRef: orderReference(order.id),
    orderUrl: `${env.APP_URL}/orders/${order.id}`,
    totalCents: order.totalCents,
    deliveryFeeCents: order.deliveryFeeCents,
    deliveryMethod: order.deliveryMethod,
    deliveryAddress: order.deliveryAddress,
    items,
  };
}


/**
 * Called inside the transaction that marks the order paid: the confirmation
 * exists exactly when the order is paid (both commit or neither), and the
 * dedupe key makes any repeat a no-op.
 */
export async function enqueueOrderConfirmation(tx: Executor, orderId: string, known?: KnownOrder): Promise<boolean> {
  const input = await orderMailInput(tx, orderId, known);
  if (!input) return false;
  return enqueueMail(tx, {
    dedupeKey: `order-confirmation:${orderId}`,
    kind: "order_confirmation",
    to: input.to,
    locale: input.locale,
    orderId,
    rendered: renderOrderConfirmation(input),
  });
}

export async function enqueueFulfilmentNotice(
  tx: Executor,
  orderId: string,
  notice: { kind: "shipped"; carrier: string; tracking: string } | { kind: "ready_for_pickup" },
): Promise<boolean> {
  const input = await orderMailInput(tx, orderId);
  if (!input) return false;
  return enqueueMail(tx, {
    dedupeKey: `${notice.kind}:${orderId}`,
    kind: notice.kind,
    to: input.to,
    locale: input.locale,
    orderId,
    rendered: renderFulfilmentNotice({ ...input, ...notice }),
  });
}

/**
 * The corrected shipping notice, in the transaction that records the
 * correction. One per correction: the key names the correction's sequence
 * and the new tracking number, so a retry of the same correction is a no-op
 * and a later correction is never swallowed by an earlier one.
 */
export async function enqueueShipmentCorrection(
  tx: Executor,
  orderId: string,
  correction: { carrier: string; tracking: string; sequence: number },
): Promise<boolean> {
  const input = await orderMailInput(tx, orderId);
  if (!input) return false;
  return enqueueMail(tx, {
    dedupeKey: `shipment-corrected:${orderId}:${correction.sequence}:${correction.tracking}`,
    kind: "shipment_corrected",
    to: input.to,
    locale: input.locale,
    orderId,
    rendered: renderShipmentCorrection({ ...input, carrier: correction.carrier, tracking: correction.tracking }),
  });
}

/**
 * Claims up to `limit` due, unsent messages for `leaseMs`, through
 * lib/db/claim.ts like every other queue: two workers (two instances) never
 * hold the same row, and a worker that dies mid-send lets it go when the
 * lease runs out. Each row carries its lease token.
 */
export async function claimDueMail(db: Executor, options: { now: Date; leaseMs: number; limit: number }): Promise<MailOutboxRow[]> {
  const lease = await claimLeased(db, mailOutbox, {
    due: and(isNull(mailOutbox.sentAt), lte(mailOutbox.nextAttemptAt, options.now))!,
    orderBy: [asc(mailOutbox.id)],
    limit: options.limit,
    now: options.now,
    leaseMs: options.leaseMs,
    set: { attempts: sql`${mailOutbox.attempts} + 1` },
  });
  return lease.rows;
}

/** Only the holder of the lease it claimed may mark a row sent. */
export async function markMailSent(db: Executor, row: MailOutboxRow, now: Date): Promise<boolean> {
  const done = await db
    .update(mailOutbox)
    .set({ sentAt: now, leaseToken: null, leaseUntil: null, lastError: null })
    .where(and(leaseHeld(mailOutbox, row.id, row.leaseToken!), isNull(mailOutbox.sentAt)))
    .returning({ id: mailOutbox.id });
  return done.length > 0;
}

export async function markMailFailed(db: Executor, row: MailOutboxRow, error: string, retryAt: Date): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ leaseToken: null, leaseUntil: null, lastError: error.slice(0, 500), nextAttemptAt: retryAt })
    .where(leaseHeld(mailOutbox, row.id, row.leaseToken!));
}

export async function listOutbox(db: Db, options: { limit: number }): Promise<MailOutboxRow[]> {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(options.limit);
}

export async function listOrderMail(db: Db, orderId: string): Promise<MailOutboxRow[]> {
  return db.select().from(mailOutbox).where(eq(mailOutbox.orderId, orderId)).orderBy(asc(mailOutbox.id));
}
