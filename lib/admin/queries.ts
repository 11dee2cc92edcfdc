import "server-only";
import { and, count, desc, eq, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { orders, payments, webhookInbox } from "@/lib/db/schema";
import { getOrderRow, getPaymentById, listOrderItems, listOrderPayments, listPaymentEvents } from "@/lib/payments/queries";
import { livePaymentStatuses } from "@/lib/payments/transitions";
import { countCap, cursorTime, keysetOrder, keysetResult, keysetWhere, type CappedCount, type KeysetPage } from "./keyset";

/** Payments per page of the list, newest first. */
export const paymentPageSize = 50;

export const paymentViews = ["attention", "live", "all"] as const;
export type PaymentView = (typeof paymentViews)[number];

const viewFilter: Record<PaymentView, SQL | undefined> = {
  // Flagged for staff, or PMS cannot be asked about it right now.
  attention: or(isNotNull(payments.flag), isNotNull(payments.pmsUnreachableSince)),
  live: inArray(payments.status, [...livePaymentStatuses]),
  all: undefined,
};

type PaymentListFilter = { view: PaymentView; rrn?: string | undefined };

// Each view has its own partial index on (created_at, id) (drizzle/0010), and an rrn its unique index.
function paymentConditions({ view, rrn }: PaymentListFilter): SQL | undefined {
  const search = rrn && /^[0-9]{1,24}$/.test(rrn) ? eq(payments.rrn, rrn) : undefined;
  return and(viewFilter[view], search);
}

/** One page of payments, newest first, with the cursors of the pages either side (lib/admin/keyset.ts). */
export async function listPaymentsForStaff(actor: StaffActor, filter: PaymentListFilter, page: KeysetPage = { direction: "first" }, size = paymentPageSize) {
  assertCan(actor, "orders.view");
  const db = await getDb();
  const found = await db
    .select({ payment: payments, orderStatus: orders.status, orderPaidPaymentId: orders.paidPaymentId, cursorTime: cursorTime(payments.createdAt) })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(and(paymentConditions(filter), keysetWhere(page, payments.createdAt, payments.id)))
    .orderBy(...keysetOrder(page, payments.createdAt, payments.id))
    .limit(size + 1);
  return keysetResult(page, found, size, (row) => ({ time: row.cursorTime, id: row.payment.id }));
}

/** How many payments the view finds: exact up to 1,000, "more than 1,000" beyond. */
export async function countPaymentsForStaff(actor: StaffActor, filter: PaymentListFilter): Promise<CappedCount> {
  assertCan(actor, "orders.view");
  const db = await getDb();
  const capped = db.select({ one: sql`1` }).from(payments).where(paymentConditions(filter)).limit(countCap + 1).as("capped");
  const [row] = await db.select({ n: count() }).from(capped);
  const n = row?.n ?? 0;
  return n > countCap ? { n: countCap, capped: true } : { n, capped: false };
}

/** A payment's whole story: its order, the order's other attempts, every event and every webhook PMS sent. */
export async function getPaymentStoryForStaff(actor: StaffActor, { id }: { id: string }) {
  assertCan(actor, "orders.view");
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
