import "server-only";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { orders, payments } from "@/lib/db/schema";
import { pmsPaymentTypes, type PmsPaymentType } from "@pms-kit/client/payment-types";
import { hongKongDayEnd, hongKongDayStart } from "./order-filters";
import { hongKongDate } from "./order-labels";

export type DayTakings = { day: string; totalCents: number; byMethod: Partial<Record<PmsPaymentType, number>> };
export type DailyTakings = { days: DayTakings[]; methods: PmsPaymentType[]; totalCents: number };

/** The Hong Kong days ending with today's, oldest first. */
export function lastHongKongDays(days: number, now: Date): string[] {
  const today = hongKongDayStart(hongKongDate(now)).getTime();
  return Array.from({ length: days }, (_, i) => hongKongDate(new Date(today - (days - 1 - i) * 86_400_000)));
}

/**
 * Money taken per Hong Kong day and method over the last `days` days (today
 * included), from the payment that paid each order, on the day PMS confirmed
 * it. Refunded orders are left out: that money went back. Every day is
 * there, a quiet day with nothing; `now` is injected so tests fix the clock.
 */
export async function listDailyTakings(actor: StaffActor, { days, now }: { days: number; now: Date }): Promise<DailyTakings> {
  assertCan(actor, "orders.view");
  const db = await getDb();
  const dayList = lastHongKongDays(days, now);
  // The days asked for come from payments_finalized_idx (OFFSET 0 keeps PostgreSQL from folding
  // this into the outer query, where it would scan every payment); then each payment's order is one
  // primary-key probe, and only the payment that paid an order that stayed paid counts.
  const recent = db
    .select({ id: payments.id, orderId: payments.orderId, method: payments.method, amountCents: payments.amountCents, finalizedAt: payments.finalizedAt })
    .from(payments)
    .where(
      and(
        eq(payments.currency, "HKD"),
        gte(payments.finalizedAt, hongKongDayStart(dayList[0]!)),
        lt(payments.finalizedAt, hongKongDayEnd(dayList.at(-1)!)),
      ),
    )
    .offset(0)
    .as("recent");
  const paidDay = sql<string>`to_char(${recent.finalizedAt} at time zone 'Asia/Hong_Kong', 'YYYY-MM-DD')`;
  const sums = await db
    .select({ day: paidDay, method: recent.method, cents: sql<number>`sum(${recent.amountCents})::int` })
    .from(recent)
    .where(sql`${recent.id} = (select ${orders.paidPaymentId} from ${orders} where ${orders.id} = ${recent.orderId} and ${orders.status} = 'paid')`)
    .groupBy(paidDay, recent.method);
  const byDay = new Map(dayList.map((day): [string, DayTakings] => [day, { day, totalCents: 0, byMethod: {} }]));
  for (const { day, method, cents } of sums) {
    const entry = byDay.get(day);
    if (!entry) continue;
    entry.byMethod[method] = cents;
    entry.totalCents += cents;
  }
  const used = new Set(sums.map((sum) => sum.method));
  return {
    days: [...byDay.values()],
    methods: pmsPaymentTypes.filter((method) => used.has(method)),
    totalCents: sums.reduce((total, sum) => total + sum.cents, 0),
  };
}
