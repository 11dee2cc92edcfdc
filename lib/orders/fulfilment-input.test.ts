import { describe, expect, it } from "vitest";
import { fieldErrorsOf, shipmentSchema } from "./fulfilment-input";

const orderId = "6f1c2a7e-3b1d-4c55-9a0e-2d7f8b9c1e40";

describe("a shipment as staff type it", () => {
  it("is trimmed", () => {
    expect(shipmentSchema.parse({ orderId, carrier: " SF Express ", trackingNumber: " SF-123 " })).toEqual({
      orderId,
      carrier: "SF Express",
      trackingNumber: "SF-123",
    });
  });

  it("takes 60 characters and refuses 61", () => {
    expect(shipmentSchema.safeParse({ orderId, carrier: "c".repeat(60), trackingNumber: "1".repeat(60) }).success).toBe(true);
    const tooLong = shipmentSchema.safeParse({ orderId, carrier: "c".repeat(61), trackingNumber: "1".repeat(61) });
    expect(tooLong.success).toBe(false);
    expect(fieldErrorsOf(tooLong.error!)).toEqual({ carrier: ["At most 60 characters."], trackingNumber: ["At most 60 characters."] });
  });

  it("a tracking number is letters, digits and dashes only", () => {
    for (const bad of ["SF 123", "SF_123", "=1+1", "順豐123", "a/b"]) {
      const parsed = shipmentSchema.safeParse({ orderId, carrier: "SF", trackingNumber: bad });
      expect(parsed.error && fieldErrorsOf(parsed.error)).toEqual({ trackingNumber: ["Letters, digits and dashes only."] });
    }
  });

  it("missing fields each say what is missing", () => {
    const parsed = shipmentSchema.safeParse({ orderId: "42" });
    expect(fieldErrorsOf(parsed.error!)).toEqual({
      orderId: ["That is not an order id."],
      carrier: ["Name the carrier."],
      trackingNumber: ["Enter the tracking number."],
    });
  });
});
