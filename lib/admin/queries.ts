import "server-only";
import { and, desc, eq, inArray, isNotNull, or, type SQL } from "drizzle-orm";
import { requireStaff } from "@/lib/auth/staff";
import { getDb } from "@/lib/db";
import { orders, payments, webhookInbox } from "@/lib/db/schema";
import { getOrderRow, getPaymentById, listOrderItems, listOrderPayments, listPaymentEvents } from "@/lib/payments/queries";
import { livePaymentStatuses } from "@/lib/payments/transitions";

export const paymentViews = ["attention", "live", "all"] as const;
export type PaymentView = (typeof paymentViews)[number];

const viewFilter: Record<PaymentView, SQL | undefined> = {
  // Flagged for staff, or PMS cannot be asked about it right now.
  attention: or(isNotNull(payments.flag), isNotNull(payments.pmsUnreachableSince)),
  live: inArray(payments.status, [...livePaymentStatuses]),
  all: undefined,
};

export async function listPaymentsForStaff({ view, rrn }: { view: PaymentView; rrn?: string | undefined }) {
  await requireStaff();
  const db = await getDb();
  const search = rrn && /^[0-9]{1,24}$/.test(rrn) ? eq(payments.rrn, rrn) : undefined;
  return db
    .select({ payment: payments, orderStatus: orders.status })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(and(viewFilter[view], search))
    .orderBy(desc(payments.createdAt))
    .limit(200);
}

/** A payment's whole story: its order, the order's other attempts, every event and every webhook PMS sent. */
export async function getPaymentStoryForStaff({ id }: { id: string }) {
  await requireStaff();
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const db = await getDb();
  const payment = await getPaymentById(db, id);
  if (!payment) return undefined;
  const [order, items, attempts, events, notifications] = await Promise.all([
    getOrderRow(db, payment.orderId),
    listOrderItems(db, payment.orderId),
    listOrderPayments(db, payment.orderId),
    listPaymentEvents(db, payment.id),
    db.select().from(webhookInbox).where(eq(webhookInbox.rrn, payment.rrn)).orderBy(desc(webhookInbox.receivedAt)),
  ]);
  return { payment, order: order!, items, attempts, events, notifications };
}
