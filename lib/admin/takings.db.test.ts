import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testActor } from "@/lib/auth/test-actors";
import { orders, payments, type OrderStatus } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import type { PmsPaymentType } from "@pms-kit/client/payment-types";
import { lastHongKongDays, listDailyTakings } from "./takings";


let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

let rrnSeq = 0;

/** An order paid by one payment that PMS confirmed at `paidAt`. */
async function paidOrder(method: PmsPaymentType, cents: number, paidAt: string, status: OrderStatus = "paid", linked = true) {
  const db = database.db;
  const [order] = await db.insert(orders).values({ totalCents: cents, locale: "en", status }).returning();
  const [payment] = await db
    .insert(payments)
    .values({
      orderId: order!.id,
      rrn: String(++rrnSeq).padStart(24, "0"),
      method,
      status: status === "refunded" ? "refunded" : "succeeded",
      amountCents: cents,
      storeCode: "ST01",
      returnTokenHash: "x",
      pmsTimeoutAt: new Date(paidAt),
      finalizedAt: new Date(paidAt),
    })
    .returning();
  if (linked) await db.update(orders).set({ paidPaymentId: payment!.id }).where(eq(orders.id, order!.id));
}

// 18:00 on 31 March in Hong Kong: the window is 2 to 31 March, Hong Kong days.
const now = new Date("2025-03-31T10:00:00Z");

describe("listDailyTakings", () => {
  it("names 30 Hong Kong days ending today", () => {
    const days = lastHongKongDays(30, now);
    expect(days).toHaveLength(30);
    expect(days[0]).toBe("2025-03-02");
    expect(days.at(-1)).toBe("2025-03-31");
    // 23:30 UTC is already the next day in Hong Kong.
    expect(lastHongKongDays(1, new Date("2025-03-31T23:30:00Z"))).toEqual(["2025-04-01"]);
  });

  it("adds up paid orders per Hong Kong day and method, and leaves out what is not takings", async () => {
    await paidOrder("WXPAY", 15_800, "2025-03-01T15:59:59Z"); // 1 March, 23:59 HKT: before the window
    await paidOrder("WXPAY", 12_800, "2025-03-01T16:00:00Z"); // 2 March, 00:00 HKT: first day
    await paidOrder("VMPAY", 1_000, "2025-03-01T20:00:00Z");
    await paidOrder("WXPAY", 200, "2025-03-02T10:00:00Z");
    await paidOrder("FPSPAY", 5_000, "2025-03-31T15:30:00Z"); // 31 March, 23:30 HKT: today
    await paidOrder("ALIPAY", 9_900, "2025-03-10T04:00:00Z", "refunded"); // money went back
    await paidOrder("UNIONPAY", 7_700, "2025-03-10T04:00:00Z", "paid", false); // a second payment that did not pay the order
    await paidOrder("FPSPAY", 4_400, "2025-03-31T16:00:00Z"); // tomorrow in Hong Kong

    const takings = await listDailyTakings(testActor("read_only"), { days: 30, now });
    expect(takings.days).toHaveLength(30);
    expect(takings.methods).toEqual(["WXPAY", "FPSPAY", "VMPAY"]);
    expect(takings.days[0]).toEqual({ day: "2025-03-02", totalCents: 14_000, byMethod: { WXPAY: 13_000, VMPAY: 1_000 } });
    expect(takings.days.at(-1)).toEqual({ day: "2025-03-31", totalCents: 5_000, byMethod: { FPSPAY: 5_000 } });
    expect(takings.days.find((d) => d.day === "2025-03-10")).toEqual({ day: "2025-03-10", totalCents: 0, byMethod: {} });
    expect(takings.totalCents).toBe(19_000);
  });
});
