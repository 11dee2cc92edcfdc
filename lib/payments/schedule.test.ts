import { describe, expect, it } from "vitest";
import { nextCheckDelayMs, nextLateCheck } from "./schedule";

describe("payment check schedule", () => {
  it("backs off by doubling, up to the cap", () => {
    expect(nextCheckDelayMs(1, 300_000)).toBe(10_000);
    expect(nextCheckDelayMs(2, 300_000)).toBe(20_000);
    expect(nextCheckDelayMs(30, 300_000)).toBe(300_000);
  });

  it("re-checks a closed payment at each late delay after it closed, then never", () => {
    const closed = new Date("2026-11-25T00:00:00Z");
    const delays = [3_600_000, 21_600_000, 86_400_000];
    expect(nextLateCheck(closed, closed, delays)).toEqual(new Date("2026-11-25T01:00:00Z"));
    expect(nextLateCheck(closed, new Date("2026-11-25T01:00:00Z"), delays)).toEqual(new Date("2026-11-25T06:00:00Z"));
    expect(nextLateCheck(closed, new Date("2026-11-25T07:00:00Z"), delays)).toEqual(new Date("2026-11-26T00:00:00Z"));
    expect(nextLateCheck(closed, new Date("2026-11-26T00:00:00Z"), delays)).toBeNull();
  });
});
