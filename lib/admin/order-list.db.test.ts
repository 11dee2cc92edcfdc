import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testActor } from "@/lib/auth/test-actors";
import { orderItems, orders, payments, type NewOrder } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import type { PmsPaymentType } from "@pms-kit/client/payment-types";
import { parseOrderFilter } from "./order-filters";
import { parseKeysetPage } from "./keyset";
import { countOrdersForStaff, countOrdersToFulfil, listOrdersForStaff } from "./order-list";


let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

let rrnSeq = 0;
const nextRrn = () => `20250301${String(++rrnSeq).padStart(16, "0")}`;

type Seed = Partial<NewOrder> & { createdAt: Date; attempts?: Array<{ method: PmsPaymentType; status: "succeeded" | "failed" }> };

/** An order as checkout and payment leave it: items, attempts, and the paying one linked. */
async function seedOrder({ attempts = [], ...order }: Seed) {
  const db = database.db;
  const [row] = await db.insert(orders).values({ totalCents: 15_800, deliveryFeeCents: 3_000, locale: "en", ...order }).returning();
  await db.insert(orderItems).values([
    { orderId: row!.id, name: { en: "Tea", "zh-HK": "茶", "zh-CN": "茶" }, imagePath: "/t.png", unitPriceCents: 6_400, quantity: 2, lineTotalCents: 12_800 },
  ]);
  const rrns: string[] = [];
  for (const attempt of attempts) {
    const [payment] = await db
      .insert(payments)
      .values({
        orderId: row!.id,
        rrn: nextRrn(),
        method: attempt.method,
        status: attempt.status,
        amountCents: row!.totalCents,
        storeCode: "ST01",
        returnTokenHash: "x",
        pmsTimeoutAt: order.createdAt,
      })
      .returning();
    rrns.push(payment!.rrn);
    if (attempt.status === "succeeded") await db.update(orders).set({ paidPaymentId: payment!.id }).where(eq(orders.id, row!.id));
  }
  return { id: row!.id, rrns };
}

const courier = { name: "Chan Tai Man", line1: "18 Harbour Road", district: "Wan Chai", region: "hk-island" as const };
let seeded: Record<"courierPaid" | "pickupPaid" | "pickupShipped" | "unpaid" | "oldPaid", { id: string; rrns: string[] }>;

beforeAll(async () => {
  seeded = {
    // 2025-03-01 00:30 in Hong Kong is still 2025-02-28 in UTC: Hong Kong days decide.
    courierPaid: await seedOrder({
      createdAt: new Date("2025-02-28T16:30:00Z"),
      status: "paid",
      contactEmail: "amy@example.com",
      contactPhone: "+852 9123 4567",
      deliveryMethod: "courier",
      deliveryAddress: courier,
      attempts: [
        { method: "VMPAY", status: "failed" },
        { method: "WXPAY", status: "succeeded" },
      ],
    }),
    pickupPaid: await seedOrder({
      createdAt: new Date("2025-03-02T04:00:00Z"),
      status: "paid",
      contactEmail: "ben@example.com",
      deliveryMethod: "pickup",
      deliveryFeeCents: 0,
      attempts: [{ method: "FPSPAY", status: "succeeded" }],
    }),
    pickupShipped: await seedOrder({
      createdAt: new Date("2025-03-03T04:00:00Z"),
      status: "paid",
      contactEmail: "amy@example.com",
      deliveryMethod: "pickup",
      fulfilment: "ready_for_pickup",
      fulfilledAt: new Date("2025-03-04T04:00:00Z"),
      attempts: [{ method: "ALIPAY", status: "succeeded" }],
    }),
    unpaid: await seedOrder({
      createdAt: new Date("2025-03-04T04:00:00Z"),
      status: "failed",
      contactEmail: "AMY@Example.com",
      deliveryMethod: "pickup",
      attempts: [{ method: "WXPAY", status: "failed" }],
    }),
    // Paid at 23:59 on 28 February, Hong Kong time.
    oldPaid: await seedOrder({
      createdAt: new Date("2025-02-28T15:59:00Z"),
      status: "paid",
      contactEmail: "cat@example.com",
      deliveryMethod: "courier",
      deliveryAddress: courier,
      attempts: [{ method: "UNIONPAY", status: "succeeded" }],
    }),
  };
});

async function found(query: string) {
  const { filter, problems } = parseOrderFilter(new URLSearchParams(query));
  expect(problems).toEqual([]);
  const { rows } = await listOrdersForStaff(testActor("read_only"), filter);
  const names = Object.fromEntries(Object.entries(seeded).map(([name, order]) => [order.id, name]));
  return rows.map((row) => names[row.id]);
}

describe("listOrdersForStaff", () => {
  it("lists every order newest first in the all view", async () => {
    expect(await found("view=all")).toEqual(["unpaid", "pickupShipped", "pickupPaid", "courierPaid", "oldPaid"]);
  });

  it("pages by keyset, two at a time: older then newer walks every order once, in order", async () => {
    const { filter } = parseOrderFilter(new URLSearchParams("view=all"));
    const names = Object.fromEntries(Object.entries(seeded).map(([name, order]) => [order.id, name]));
    const first = await listOrdersForStaff(testActor("read_only"), filter, { direction: "first" }, 2);
    expect(first.rows.map((row) => names[row.id])).toEqual(["unpaid", "pickupShipped"]);
    expect(first.newer).toBeUndefined();
    const second = await listOrdersForStaff(testActor("read_only"), filter, parseKeysetPage({ older: first.older }, []), 2);
    expect(second.rows.map((row) => names[row.id])).toEqual(["pickupPaid", "courierPaid"]);
    const third = await listOrdersForStaff(testActor("read_only"), filter, parseKeysetPage({ older: second.older }, []), 2);
    expect(third.rows.map((row) => names[row.id])).toEqual(["oldPaid"]);
    expect(third.older).toBeUndefined();
    const back = await listOrdersForStaff(testActor("read_only"), filter, parseKeysetPage({ newer: third.newer }, []), 2);
    expect(back.rows.map((row) => names[row.id])).toEqual(["pickupPaid", "courierPaid"]);
    expect(await countOrdersForStaff(testActor("read_only"), filter)).toEqual({ n: 5, capped: false });
  });

  it("to fulfil: paid and not yet shipped or set aside", async () => {
    expect(await found("view=to-fulfil")).toEqual(["pickupPaid", "courierPaid", "oldPaid"]);
    expect(await countOrdersToFulfil(testActor("read_only"))).toEqual({ n: 3, capped: false });
  });

  it("filters by status and by delivery", async () => {
    expect(await found("view=all&status=failed")).toEqual(["unpaid"]);
    expect(await found("view=all&delivery=pickup")).toEqual(["unpaid", "pickupShipped", "pickupPaid"]);
    expect(await found("view=to-fulfil&delivery=courier")).toEqual(["courierPaid", "oldPaid"]);
  });

  it("filters by Hong Kong days, both ends inclusive", async () => {
    expect(await found("view=all&from=2025-03-01&to=2025-03-01")).toEqual(["courierPaid"]);
    expect(await found("view=all&to=2025-02-28")).toEqual(["oldPaid"]);
    expect(await found("view=all&from=2025-03-02&to=2025-03-03")).toEqual(["pickupShipped", "pickupPaid"]);
  });

  it("finds by the reference in mails, the whole id, the email in any case, and any attempt's rrn", async () => {
    const { id } = seeded.pickupPaid;
    expect(await found(`view=all&q=${id.slice(0, 8).toUpperCase()}`)).toEqual(["pickupPaid"]);
    expect(await found(`view=all&q=${id}`)).toEqual(["pickupPaid"]);
    expect(await found("view=all&q=Amy@Example.COM")).toEqual(["unpaid", "pickupShipped", "courierPaid"]);
    expect(await found(`view=all&q=${seeded.courierPaid.rrns[0]}`)).toEqual(["courierPaid"]);
    expect(await found(`view=all&q=${seeded.courierPaid.rrns[1]}`)).toEqual(["courierPaid"]);
    expect(await found("view=all&q=000000000000000000000000")).toEqual([]);
    expect(await found("view=all&q=nobody@example.com")).toEqual([]);
  });

  it("combines conditions", async () => {
    expect(await found("view=all&delivery=pickup&q=amy@example.com&status=paid")).toEqual(["pickupShipped"]);
  });

  it("gives each row what the list and the CSV show", async () => {
    const { rows } = await listOrdersForStaff(testActor("read_only"), parseOrderFilter(new URLSearchParams(`view=all&q=${seeded.courierPaid.id}`)).filter);
    expect(rows).toEqual([
      expect.objectContaining({
        reference: seeded.courierPaid.id.slice(0, 8).toUpperCase(),
        status: "paid",
        fulfilment: null,
        email: "amy@example.com",
        phone: "+852 9123 4567",
        deliveryMethod: "courier",
        address: courier,
        itemsCount: 2,
        feeCents: 3_000,
        totalCents: 15_800,
        paidMethod: "WXPAY",
        paidRrn: seeded.courierPaid.rrns[1],
      }),
    ]);
  });

  it("an unpaid order has no paid method or rrn", async () => {
    const { rows } = await listOrdersForStaff(testActor("read_only"), parseOrderFilter(new URLSearchParams(`view=all&q=${seeded.unpaid.id}`)).filter);
    expect(rows[0]).toMatchObject({ paidMethod: null, paidRrn: null, itemsCount: 2 });
  });
});
