import "server-only";
import { and, count, eq, gte, inArray, isNull, lt, lte, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordStaffAction } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { orderItems, orders, payments } from "@/lib/db/schema";
import { orderReference } from "@/lib/orders/reference";
import { countCap, cursorTime, keysetOrder, keysetResult, keysetWhere, type CappedCount, type KeysetPage } from "./keyset";
import { hongKongDayEnd, hongKongDayStart, type OrderFilter, type OrderSearch } from "./order-filters";

/** Orders per page of the list, newest first; older ones are a link away (keyset, lib/admin/keyset.ts). */
export const orderPageSize = 50;

const paidPayment = alias(payments, "paid_payment");

// Paid and not yet shipped or set aside: what the warehouse works through.
const toFulfil = and(eq(orders.status, "paid"), isNull(orders.fulfilment));

function searchCondition(search: OrderSearch): SQL | undefined {
  switch (search.kind) {
    case "reference":
      // The 8 validated hex digits start the UUID: a range of the primary key, not a scan of id::text.
      return and(gte(orders.id, `${search.prefix}-0000-0000-0000-000000000000`), lte(orders.id, `${search.prefix}-ffff-ffff-ffff-ffffffffffff`));
    case "id":
      return eq(orders.id, search.id);
    case "email":
      return sql`lower(${orders.contactEmail}) = ${search.email}`;
    case "rrn":
      // Any attempt of the order, not only the one that paid: staff may hold a declined attempt's rrn.
      return inArray(orders.id, sql`(select ${payments.orderId} from ${payments} where ${payments.rrn} = ${search.rrn})`);
  }
}

function filterConditions(filter: OrderFilter): SQL | undefined {
  return and(
    filter.view === "to-fulfil" ? toFulfil : undefined,
    filter.status ? eq(orders.status, filter.status) : undefined,
    filter.delivery ? eq(orders.deliveryMethod, filter.delivery) : undefined,
    filter.from ? gte(orders.createdAt, hongKongDayStart(filter.from)) : undefined,
    filter.to ? lt(orders.createdAt, hongKongDayEnd(filter.to)) : undefined,
    filter.search ? searchCondition(filter.search) : undefined,
  );
}

const itemsCount = sql<number>`(select coalesce(sum(${orderItems.quantity}), 0)::int from ${orderItems} where ${orderItems.orderId} = ${orders.id})`;

const rowColumns = {
  id: orders.id,
  createdAt: orders.createdAt,
  status: orders.status,
  fulfilment: orders.fulfilment,
  fulfilledAt: orders.fulfilledAt,
  collectedAt: orders.collectedAt,
  email: orders.contactEmail,
  phone: orders.contactPhone,
  deliveryMethod: orders.deliveryMethod,
  address: orders.deliveryAddress,
  itemsCount,
  feeCents: orders.deliveryFeeCents,
  totalCents: orders.totalCents,
  paidMethod: paidPayment.method,
  paidRrn: paidPayment.rrn,
  cursorTime: cursorTime(orders.createdAt),
};

async function readOrders(filter: OrderFilter, page: KeysetPage, limit: number) {
  const db = await getDb();
  const found = await db
    .select(rowColumns)
    .from(orders)
    .leftJoin(paidPayment, eq(paidPayment.id, orders.paidPaymentId))
    .where(and(filterConditions(filter), keysetWhere(page, orders.createdAt, orders.id)))
    .orderBy(...keysetOrder(page, orders.createdAt, orders.id))
    .limit(limit);
  return found.map((row) => ({ ...row, reference: orderReference(row.id) }));
}

/** A row as the list and the CSV show it (the cursor time is only for paging). */
export type OrderListRow = Omit<Awaited<ReturnType<typeof readOrders>>[number], "cursorTime">;

/** One page of the orders a filter finds, newest first, and the cursors of the pages either side. */
export async function listOrdersForStaff(actor: StaffActor, filter: OrderFilter, page: KeysetPage = { direction: "first" }, size = orderPageSize) {
  assertCan(actor, "orders.view");
  const found = await readOrders(filter, page, size + 1);
  return keysetResult(page, found, size, (row) => ({ time: row.cursorTime, id: row.id }));
}

/**
 * Every order a filter finds, newest first, a batch at a time, for the CSV:
 * each batch is one keyset query on the list's index, so memory stays flat
 * and no transaction or connection is held between batches. The staff check
 * happens here, before the first byte: the batches are read while the
 * response streams, outside the request's scope, where no session can be read.
 */
export async function streamOrdersForStaff(actor: StaffActor, filter: OrderFilter, batch = 500): Promise<AsyncGenerator<OrderListRow[], void, undefined>> {
  // Shoppers' names, emails and addresses: CSV is for roles that may take personal data away.
  assertCan(actor, "csv.export");
  await recordStaffAction(await getDb(), actor, { kind: "order.csv_export", after: { filter } });
  return readInBatches(filter, batch);
}

async function* readInBatches(filter: OrderFilter, batch: number): AsyncGenerator<OrderListRow[], void, undefined> {
  let page: KeysetPage = { direction: "first" };
  for (;;) {
    const rows = await readOrders(filter, page, batch);
    if (rows.length > 0) yield rows;
    if (rows.length < batch) return;
    const last = rows.at(-1)!;
    page = { direction: "older", cursor: { time: last.cursorTime, id: last.id } };
  }
}

async function cappedCount(where: SQL | undefined): Promise<CappedCount> {
  const db = await getDb();
  const capped = db.select({ one: sql`1` }).from(orders).where(where).limit(countCap + 1).as("capped");
  const [row] = await db.select({ n: count() }).from(capped);
  const n = row?.n ?? 0;
  return n > countCap ? { n: countCap, capped: true } : { n, capped: false };
}

/** How many orders the filter finds: exact up to 1,000, "more than 1,000" beyond (it reads at most 1,001 index entries). */
export async function countOrdersForStaff(actor: StaffActor, filter: OrderFilter): Promise<CappedCount> {
  assertCan(actor, "orders.view");
  return cappedCount(filterConditions(filter));
}

/** How many paid orders wait to be shipped or set aside, whatever the page's filter (its own partial index). */
export async function countOrdersToFulfil(actor: StaffActor): Promise<CappedCount> {
  assertCan(actor, "orders.view");
  return cappedCount(toFulfil);
}
