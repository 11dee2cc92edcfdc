import { describe, expect, it } from "vitest";
import { layoutTakings, niceMaxCents } from "./takings-chart-layout";

describe("niceMaxCents", () => {
  it("rounds the busiest day up to 1, 2 or 5 times a power of ten dollars", () => {
    expect(niceMaxCents(15_800)).toBe(20_000);
    expect(niceMaxCents(50_000)).toBe(50_000);
    expect(niceMaxCents(50_001)).toBe(100_000);
    expect(niceMaxCents(0)).toBe(10_000);
  });
});

describe("layoutTakings", () => {
  const takings = {
    methods: ["WXPAY", "VMPAY"] as const,
    totalCents: 20_000,
    days: [
      { day: "2025-03-01", totalCents: 20_000, byMethod: { WXPAY: 15_000, VMPAY: 5_000 } },
      { day: "2025-03-02", totalCents: 0, byMethod: {} },
    ],
  };

  it("stacks each day's methods from the baseline, heights in proportion, a quiet day with no bar", () => {
    const { bars, plot, maxCents } = layoutTakings({ ...takings, methods: [...takings.methods] });
    expect(maxCents).toBe(20_000);
    expect(bars.map((b) => [b.day, b.method])).toEqual([
      ["2025-03-01", "WXPAY"],
      ["2025-03-01", "VMPAY"],
    ]);
    const [wx, vm] = bars;
    const full = plot.bottom - plot.top;
    expect(wx!.height).toBeCloseTo(full * 0.75);
    expect(wx!.y + wx!.height).toBeCloseTo(plot.bottom);
    expect(vm!.y + vm!.height).toBeCloseTo(wx!.y);
    expect(vm!.y).toBeCloseTo(plot.top);
  });
});
