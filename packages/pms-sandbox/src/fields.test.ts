import { describe, expect, it } from "vitest";
import { amtSchema, extendParamSchema, normalizeTxDateTime, timestampSchema } from "./fields";

describe("normalizeTxDateTime", () => {
  it.each([
    ["2021-06-09T13:10:33+0800", "2021-06-09T13:10:33+0800"],
    ["2021-06-09T13:10:33+08:00", "2021-06-09T13:10:33+0800"],
    ["2024-02-29T00:00:00-0530", "2024-02-29T00:00:00-0530"],
  ])("accepts %s as %s", (input, expected) => {
    expect(normalizeTxDateTime(input)).toBe(expected);
  });

  it.each([
    "2021-06-09 13:10:33+0800",
    "2021-06-09T13:10:33",
    "2021-06-09T13:10:33Z",
    "2021-06-09T13:10:33.123+0800",
    "2023-02-29T00:00:00+0800",
    "2021-06-09T24:00:00+0800",
    "2021-06-09T13:10:33+1500",
  ])("refuses %s", (input) => {
    expect(normalizeTxDateTime(input)).toBeUndefined();
  });
});

describe("timestampSchema", () => {
  it("keeps the text that was signed", () => {
    expect(timestampSchema.parse(1623205724171)).toEqual({ ms: 1623205724171, signed: "1623205724171" });
    expect(timestampSchema.parse("1623724168633")).toEqual({ ms: 1623724168633, signed: "1623724168633" });
  });

  it.each([1.5, -1, "12a", "", "1e12", null])("refuses %j", (value) => {
    expect(timestampSchema.safeParse(value).success).toBe(false);
  });
});

describe("amtSchema and extendParamSchema", () => {
  it("takes only positive integer cents", () => {
    expect(amtSchema.safeParse(10).success).toBe(true);
    for (const value of [0, -1, 0.5, "10", 2 ** 31]) expect(amtSchema.safeParse(value).success).toBe(false);
  });

  it("takes a string holding a JSON object, or nothing", () => {
    expect(extendParamSchema.safeParse('{"subject":"Water","seller":"Watsons HK"}').success).toBe(true);
    expect(extendParamSchema.safeParse("").success).toBe(true);
    for (const value of [{ subject: "Water" }, "Water", "[]", "null"]) {
      expect(extendParamSchema.safeParse(value).success).toBe(false);
    }
  });
});
