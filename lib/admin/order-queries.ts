import "server-only";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { staffNamesByEmail } from "@/lib/staff/names";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { mailDelivery } from "@/lib/mail/config";
import { listOrderMail } from "@/lib/mail/outbox";
import { listShipmentCorrections } from "@/lib/orders/shipment-correction";
import { getOrderRow, listOrderItems, listOrderPayments } from "@/lib/payments/queries";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An order as staff fulfil it: contact, delivery, items, every payment
 * attempt, every correction of its shipment and every mail written for it,
 * with where mail goes (SMTP or the outbox) to say where each one stands. Undefined for an id that is not a
 * UUID or names no order, so the page is a 404, never a database error.
 */
export async function getOrderForStaff(actor: StaffActor, { id }: { id: string }) {
  assertCan(actor, "orders.view");
  if (!uuidPattern.test(id)) return undefined;
  const db = await getDb();
  const order = await getOrderRow(db, id);
  if (!order) return undefined;
  const [items, attempts, mail, corrections] = await Promise.all([
    listOrderItems(db, id),
    listOrderPayments(db, id),
    listOrderMail(db, id),
    listShipmentCorrections(db, actor, id),
  ]);
  // The "who" columns hold emails (kept as written); staff read names.
  const names = await staffNamesByEmail(db, [order.fulfilledBy, order.collectedBy, ...corrections.map((row) => row.correctedBy)]);
  const paidPayment = attempts.find((attempt) => attempt.id === order.paidPaymentId);
  return { order, items, attempts, paidPayment, mail, corrections, names, delivery: mailDelivery(env) };
}

export type OrderForStaff = NonNullable<Awaited<ReturnType<typeof getOrderForStaff>>>;

/**
 * What the packer needs and nothing more: where it goes and what goes in
 * the box (no prices, no payments). Staff only, checked here where it is read.
 */
export async function getPackingSlipForStaff(actor: StaffActor, { id }: { id: string }) {
  assertCan(actor, "orders.view");
  if (!uuidPattern.test(id)) return undefined;
  const db = await getDb();
  const order = await getOrderRow(db, id);
  if (!order) return undefined;
  const items = await listOrderItems(db, id);
  return { order, items };
}

export type PackingSlip = NonNullable<Awaited<ReturnType<typeof getPackingSlipForStaff>>>;
