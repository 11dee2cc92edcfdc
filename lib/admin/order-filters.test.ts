import { describe, expect, it } from "vitest";
import { hongKongDayEnd, hongKongDayStart, orderFilterQuery, parseOrderFilter, parseOrderSearch } from "./order-filters";

describe("parseOrderFilter", () => {
  it("reads every field from a query string", () => {
    const parsed = parseOrderFilter(
      new URLSearchParams("view=all&status=paid&delivery=pickup&from=2025-03-01&to=2025-03-31&q=Shopper@Example.com"),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.filter).toEqual({
      view: "all",
      status: "paid",
      delivery: "pickup",
      from: "2025-03-01",
      to: "2025-03-31",
      q: "Shopper@Example.com",
      search: { kind: "email", email: "shopper@example.com" },
    });
  });

  it("defaults to the orders to fulfil, with no other condition", () => {
    expect(parseOrderFilter({})).toEqual({ filter: { view: "to-fulfil" }, problems: [] });
    expect(parseOrderFilter(new URLSearchParams("status=&delivery=%20&q="))).toEqual({ filter: { view: "to-fulfil" }, problems: [] });
  });

  it("reads the first of repeated values, as Next hands them to a page", () => {
    expect(parseOrderFilter({ delivery: ["courier", "pickup"] }).filter.delivery).toBe("courier");
  });

  it("drops garbage and says what it dropped, keeping the rest", () => {
    const parsed = parseOrderFilter({ view: "everything", status: "shipped", delivery: "drone", from: "2025-02-30", to: "yesterday", q: "delivery=pickup" });
    expect(parsed.filter).toEqual({ view: "to-fulfil" });
    expect(parsed.problems).toHaveLength(6);
    expect(parsed.problems.join("\n")).toMatch(/Status "shipped" is not one of pending, paid, failed, expired, refunded/);
    expect(parsed.problems.join("\n")).toMatch(/From date "2025-02-30" is not a date/);
  });

  it("ignores a date range that ends before it starts", () => {
    const parsed = parseOrderFilter({ from: "2025-03-02", to: "2025-03-01", delivery: "pickup" });
    expect(parsed.filter).toEqual({ view: "to-fulfil", delivery: "pickup" });
    expect(parsed.problems).toEqual(["From (2025-03-02) is after To (2025-03-01); the dates were ignored."]);
  });

  it("quotes a long bad value shortened", () => {
    const [problem] = parseOrderFilter({ status: "x".repeat(5000) }).problems;
    expect(problem!.length).toBeLessThan(200);
  });
});

describe("parseOrderSearch", () => {
  it("takes 8 hex characters as the reference in mails, in either case, with or without #", () => {
    expect(parseOrderSearch("1A2B3C4D")).toEqual({ kind: "reference", prefix: "1a2b3c4d" });
    expect(parseOrderSearch("#1a2b3c4d")).toEqual({ kind: "reference", prefix: "1a2b3c4d" });
  });

  it("takes a whole order id, an rrn of 24 digits and an email", () => {
    expect(parseOrderSearch("1A2B3C4D-0000-4000-8000-00000000000A")).toEqual({ kind: "id", id: "1a2b3c4d-0000-4000-8000-00000000000a" });
    expect(parseOrderSearch("202503011200000000001234")).toEqual({ kind: "rrn", rrn: "202503011200000000001234" });
    expect(parseOrderSearch("A@B.example")).toEqual({ kind: "email", email: "a@b.example" });
  });

  it("finds nothing in other text (no wildcard search to abuse)", () => {
    for (const text of ["1a2b3c4", "1a2b3c4g", "%", "' or 1=1 --", "2025030112000000000012345", "@example.com"]) {
      expect(parseOrderSearch(text)).toBeUndefined();
    }
  });
});

describe("orderFilterQuery", () => {
  it("writes back what parses to the same filter", () => {
    const { filter } = parseOrderFilter(new URLSearchParams("view=all&delivery=courier&from=2025-03-01&q=1a2b3c4d&status=bogus"));
    const query = orderFilterQuery(filter);
    expect(query).toBe("view=all&delivery=courier&from=2025-03-01&q=1a2b3c4d");
    expect(parseOrderFilter(new URLSearchParams(query)).filter).toEqual(filter);
  });
});

describe("Hong Kong days", () => {
  it("start at 16:00 UTC the evening before and last 24 hours", () => {
    expect(hongKongDayStart("2025-03-01").toISOString()).toBe("2025-02-28T16:00:00.000Z");
    expect(hongKongDayEnd("2025-03-01").toISOString()).toBe("2025-03-01T16:00:00.000Z");
  });
});
