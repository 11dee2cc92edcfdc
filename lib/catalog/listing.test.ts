import { describe, expect, it } from "vitest";
import { listingSegment, normalizeQuery, parseListingParams, parseListingSegment, searchPattern } from "./listing";

describe("parseListingParams", () => {
  it("reads a known sort and the in-stock box", () => {
    expect(parseListingParams({ sort: "price-desc", instock: "1" })).toEqual({ sort: "price-desc", inStockOnly: true });
  });

  it("falls back to the default for anything unknown, repeated or missing", () => {
    expect(parseListingParams({ sort: "drop table", instock: "yes" })).toEqual({ sort: "featured", inStockOnly: false });
    expect(parseListingParams({ sort: ["newest", "price-asc"] })).toEqual({ sort: "newest", inStockOnly: false });
    expect(parseListingParams({})).toEqual({ sort: "featured", inStockOnly: false });
  });
});

describe("search text", () => {
  it("trims, folds spaces and full-width forms, and bounds the length", () => {
    expect(normalizeQuery("  Ｔｅａ   tin ")).toBe("Tea tin");
    expect(normalizeQuery("x".repeat(500))).toHaveLength(80);
    expect(normalizeQuery(undefined)).toBe("");
  });

  it("makes a lower-cased substring pattern in which % _ and \\ are literal", () => {
    expect(searchPattern("茶")).toBe("%茶%");
    expect(searchPattern("TEA")).toBe("%tea%");
    expect(searchPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
    expect(searchPattern("   ")).toBeUndefined();
  });
});

describe("listing segment", () => {
  it("round-trips every combination of options", () => {
    for (const sort of ["featured", "price-asc", "price-desc", "newest"] as const) {
      for (const inStockOnly of [true, false]) {
        expect(parseListingSegment(listingSegment({ sort, inStockOnly }))).toEqual({ sort, inStockOnly });
      }
    }
  });

  it("refuses anything it did not make", () => {
    for (const segment of ["featured", "featured.all.x", "cheapest.all", "featured.some", "products", ""]) {
      expect(parseListingSegment(segment)).toBeUndefined();
    }
  });
});
