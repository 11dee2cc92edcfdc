import { describe, expect, it } from "vitest";
import { listingQuery, listingSegment, normalizeQuery, pageCount, parseListingParams, parseListingSegment, searchPattern } from "./listing";

describe("parseListingParams", () => {
  it("reads a known sort and the in-stock box", () => {
    expect(parseListingParams({ sort: "price-desc", instock: "1" })).toEqual({ sort: "price-desc", inStockOnly: true, page: 1 });
    expect(parseListingParams({ page: "7" })).toEqual({ sort: "featured", inStockOnly: false, page: 7 });
  });

  it("falls back to the default for anything unknown, repeated or missing", () => {
    expect(parseListingParams({ sort: "drop table", instock: "yes", page: "-3" })).toEqual({ sort: "featured", inStockOnly: false, page: 1 });
    expect(parseListingParams({ sort: ["newest", "price-asc"], page: ["2", "5"] })).toEqual({ sort: "newest", inStockOnly: false, page: 2 });
    expect(parseListingParams({})).toEqual({ sort: "featured", inStockOnly: false, page: 1 });
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
        for (const page of [1, 2, 10_000]) {
          expect(parseListingSegment(listingSegment({ sort, inStockOnly, page }))).toEqual({ sort, inStockOnly, page });
        }
      }
    }
  });

  it("refuses anything it did not make", () => {
    const made = ["featured", "featured.all", "featured.all.x", "featured.all.0", "featured.all.01", "featured.all.10001", "featured.all.1.2"];
    for (const segment of [...made, "cheapest.all.1", "featured.some.1", "products", ""]) {
      expect(parseListingSegment(segment)).toBeUndefined();
    }
  });
});

describe("pages", () => {
  it("counts pages of 24, with one page even when empty", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(24)).toBe(1);
    expect(pageCount(25)).toBe(2);
    expect(pageCount(5_000)).toBe(209);
  });

  it("writes a listing's public query, leaving out the defaults", () => {
    expect(listingQuery({ sort: "featured", inStockOnly: false, page: 1 })).toBe("");
    expect(listingQuery({ sort: "price-asc", inStockOnly: true, page: 3 })).toBe("?sort=price-asc&instock=1&page=3");
  });
});
