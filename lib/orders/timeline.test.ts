import { describe, expect, it } from "vitest";
import { orderBadge, shopperTimeline } from "./timeline";
import { trackingUrl } from "./carriers";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 2, minute));
const order = {
  createdAt: at(0),
  paidPaymentId: "p2",
  fulfilment: null,
  fulfilledAt: null,
  carrier: null,
  trackingNumber: null,
  collectedAt: null,
} as const;
const payments = [
  { id: "p1", method: "VMPAY" as const },
  { id: "p2", method: "FPSPAY" as const },
];
// One declined card, then FPS: what the gateway's story records for it.
const events = [
  "attempt_created", "sale_accepted", "payment_pending", "payment_failed", "order_failed",
  "attempt_created", "sale_accepted", "payment_succeeded", "order_paid",
].map((kind, i) => ({ kind, createdAt: at(i + 1) }));

describe("the shopper's timeline", () => {
  it("tells a declined attempt and a retry as placed and paid, with the method that paid", () => {
    expect(shopperTimeline(order, payments, events)).toEqual([
      { kind: "placed", at: at(0) },
      { kind: "paid", at: at(9), method: "FPSPAY" },
    ]);
  });

  it("adds shipped with the carrier's tracking link, and refunded, in time order", () => {
    const shipped = { ...order, fulfilment: "shipped" as const, fulfilledAt: at(20), carrier: "SF Express", trackingNumber: "SF123" };
    const steps = shopperTimeline(shipped, payments, [...events, { kind: "order_refunded", createdAt: at(30) }]);
    expect(steps.map((s) => s.kind)).toEqual(["placed", "paid", "shipped", "refunded"]);
    expect(steps[2]).toMatchObject({ carrier: "SF Express", tracking: "SF123", trackingUrl: expect.stringContaining("SF123") });
  });

  it("tells a pick-up as ready, then collected", () => {
    const collected = { ...order, fulfilment: "ready_for_pickup" as const, fulfilledAt: at(20), collectedAt: at(25) };
    expect(shopperTimeline(collected, payments, events).map((s) => s.kind)).toEqual(["placed", "paid", "ready_for_pickup", "collected"]);
  });

  it("an unpaid order is only placed: its badge says the rest", () => {
    expect(shopperTimeline({ ...order, paidPaymentId: null }, payments, events.slice(0, 5))).toEqual([{ kind: "placed", at: at(0) }]);
  });
});

describe("the order's badge follows fulfilment", () => {
  it("says shipped, ready for pick-up or collected once staff acted, otherwise the status", () => {
    expect(orderBadge({ status: "paid", fulfilment: "shipped", collectedAt: null })).toBe("shipped");
    expect(orderBadge({ status: "paid", fulfilment: "ready_for_pickup", collectedAt: null })).toBe("ready_for_pickup");
    expect(orderBadge({ status: "paid", fulfilment: "ready_for_pickup", collectedAt: at(1) })).toBe("collected");
    expect(orderBadge({ status: "paid", fulfilment: null, collectedAt: null })).toBe("paid");
    expect(orderBadge({ status: "refunded", fulfilment: "shipped", collectedAt: null })).toBe("refunded");
  });
});

describe("tracking links", () => {
  it("exist for carriers whose page takes the number, whatever the case or spacing staff typed", () => {
    expect(trackingUrl("sf express", "SF 1")).toContain("SF%201");
    expect(trackingUrl("順豐", "SF1")).toContain("sf-express.com");
    expect(trackingUrl("DHL", "123")).toContain("dhl.com");
    expect(trackingUrl("Kerry Express", "K1")).toBeUndefined();
  });
});
