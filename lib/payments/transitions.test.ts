import { describe, expect, it } from "vitest";
import { canMoveOrder, canMovePayment, orderStatusesBefore, paymentStatusesBefore } from "./transitions";

describe("payment transitions", () => {
  it("never takes a success back to pending or failed", () => {
    expect(canMovePayment("succeeded", "pending")).toBe(false);
    expect(canMovePayment("succeeded", "failed")).toBe(false);
    expect(canMovePayment("succeeded", "expired")).toBe(false);
    expect(canMovePayment("succeeded", "refunded")).toBe(true);
  });
  it("never goes back to pending after a final state", () => {
    for (const from of ["failed", "expired", "refunded", "succeeded"] as const) {
      expect(canMovePayment(from, "pending")).toBe(false);
    }
  });
  it("applies a late success after a failure or timeout", () => {
    expect(canMovePayment("expired", "succeeded")).toBe(true);
    expect(canMovePayment("failed", "succeeded")).toBe(true);
  });
  it("refunds only a success", () => {
    expect(paymentStatusesBefore("refunded")).toEqual(["succeeded"]);
  });
  it("refuses a self-transition, so a repeat is a no-op", () => {
    for (const status of ["created", "pending", "succeeded", "failed", "expired", "refunded"] as const) {
      expect(canMovePayment(status, status)).toBe(false);
    }
  });
});

describe("order transitions", () => {
  it("pays once and refunds only a paid order", () => {
    expect(canMoveOrder("paid", "paid")).toBe(false);
    expect(canMoveOrder("paid", "failed")).toBe(false);
    expect(orderStatusesBefore("refunded")).toEqual(["paid"]);
  });
  it("lets a failed or expired order be retried or paid late", () => {
    expect(orderStatusesBefore("pending").sort()).toEqual(["expired", "failed"]);
    expect(orderStatusesBefore("paid").sort()).toEqual(["expired", "failed", "pending"]);
  });
});
