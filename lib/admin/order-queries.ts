import "server-only";
import { requireStaff } from "@/lib/auth/staff";
import { getDb } from "@/lib/db";
import { listOrderMail } from "@/lib/mail/outbox";
import { getOrderRow, listOrderItems, listOrderPayments } from "@/lib/payments/queries";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An order as staff fulfil it: contact, delivery, items, every payment
 * attempt and every mail written for it. Undefined for an id that is not a
 * UUID or names no order, so the page is a 404, never a database error.
 */
export async function getOrderForStaff({ id }: { id: string }) {
  await requireStaff();
  if (!uuidPattern.test(id)) return undefined;
  const db = await getDb();
  const order = await getOrderRow(db, id);
  if (!order) return undefined;
  const [items, attempts, mail] = await Promise.all([listOrderItems(db, id), listOrderPayments(db, id), listOrderMail(db, id)]);
  const paidPayment = attempts.find((attempt) => attempt.id === order.paidPaymentId);
  return { order, items, attempts, paidPayment, mail };
}

export type OrderForStaff = NonNullable<Awaited<ReturnType<typeof getOrderForStaff>>>;
