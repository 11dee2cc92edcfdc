import { describe, expect, it } from "vitest";
import { formatHkd } from "./money";

describe("formatHkd", () => {
  it("formats integer cents as HK$ with two decimals and grouping", () => {
    expect(formatHkd(10)).toBe("HK$0.10");
    expect(formatHkd(90000)).toBe("HK$900.00");
    expect(formatHkd(123456789)).toBe("HK$1,234,567.89");
    expect(formatHkd(0)).toBe("HK$0.00");
    expect(formatHkd(-550)).toBe("-HK$5.50");
  });
  it("refuses a float", () => {
    expect(() => formatHkd(12.5)).toThrow(/integer cents/);
  });
});
