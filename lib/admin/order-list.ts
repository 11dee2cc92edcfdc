import "server-only";
import { and, count, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { requireStaff } from "@/lib/auth/staff";
import { getDb } from "@/lib/db";
import { orderItems, orders, payments } from "@/lib/db/schema";
import { orderReference } from "@/lib/orders/reference";
import { hongKongDayEnd, hongKongDayStart, type OrderFilter, type OrderSearch } from "./order-filters";

/** The page and the CSV stop here; a filter narrows it. Newest first, so the oldest fall off. */
export const orderListLimit = 500;

const paidPayment = alias(payments, "paid_payment");

// Paid and not yet shipped or set aside: what the warehouse works through.
const toFulfil = and(eq(orders.status, "paid"), isNull(orders.fulfilment));

function searchCondition(search: OrderSearch): SQL | undefined {
  switch (search.kind) {
    case "reference":
      // The prefix is 8 validated hex digits: no wildcard can reach the pattern.
      return sql`${orders.id}::text like ${`${search.prefix}%`}`;
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

/** The orders a filter finds, newest first, with what the list and the CSV show; `truncated` when there are more. */
export async function listOrdersForStaff(filter: OrderFilter) {
  await requireStaff();
  const db = await getDb();
  const found = await db
    .select({
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
    })
    .from(orders)
    .leftJoin(paidPayment, eq(paidPayment.id, orders.paidPaymentId))
    .where(filterConditions(filter))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(orderListLimit + 1);
  const rows = found.slice(0, orderListLimit).map((row) => ({ ...row, reference: orderReference(row.id) }));
  return { rows, truncated: found.length > orderListLimit };
}

export type OrderListRow = Awaited<ReturnType<typeof listOrdersForStaff>>["rows"][number];

/** How many paid orders wait to be shipped or set aside, whatever the page's filter. */
export async function countOrdersToFulfil(): Promise<number> {
  await requireStaff();
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(orders).where(toFulfil);
  return row?.n ?? 0;
}
