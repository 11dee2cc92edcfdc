import { describe, expect, it } from "vitest";
import { mapGwRefStatus } from "./status";

describe("mapGwRefStatus", () => {
  it.each([
    ["01", "succeeded"],
    ["02", "failed"],
    ["03", "expired"],
    ["04", "refunded"],
    ["05", "pending"],
    [1, "succeeded"],
    ["4", "refunded"],
    [" 03 ", "expired"],
  ] as const)("%s → %s", (code, status) => {
    expect(mapGwRefStatus(code)).toEqual({ status, known: true });
  });

  it.each(["06", "", "SUCCESS", null, undefined, {}, "__proto__", 1.5])("treats %s as an unknown pending status", (code) => {
    expect(mapGwRefStatus(code)).toEqual({ status: "pending", known: false });
  });
});

