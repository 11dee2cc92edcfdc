import { describe, expect, it } from "vitest";
import { deliveryFeeCents } from "./delivery";

describe("delivery fees", () => {
  it("courier costs HK$30 below HK$500 of items", () => {
    expect(deliveryFeeCents("courier", 49_999)).toBe(3_000);
  });
  it("courier is free from HK$500 of items", () => {
    expect(deliveryFeeCents("courier", 50_000)).toBe(0);
  });
  it("pick-up is always free", () => {
    expect(deliveryFeeCents("pickup", 100)).toBe(0);
  });
});
