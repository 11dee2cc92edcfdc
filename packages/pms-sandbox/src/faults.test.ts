import { describe, expect, it } from "vitest";
import { faultMs, hasFault, mergeFaults, parseFaultList } from "./faults";

describe("parseFaultList", () => {
  it("reads names and optional delays, ignoring case and spaces", () => {
    const { faults, unknown } = parseFaultList(" Sales-601, query-slow:20000 ,webhook-drop,,");
    expect(faults).toEqual({ "sales-601": {}, "query-slow": { ms: 20000 }, "webhook-drop": {} });
    expect(unknown).toEqual([]);
  });

  it("reports unknown names and bad delays instead of failing", () => {
    const { faults, unknown } = parseFaultList("query-slow:soon,payments-explode,query-down");
    expect(faults).toEqual({ "query-down": {} });
    expect(unknown).toEqual(["query-slow:soon", "payments-explode"]);
  });

  it("reads the empty default as no fault", () => {
    expect(parseFaultList("").faults).toEqual({});
  });
});

describe("mergeFaults", () => {
  it("lets the console switch a fault on or off over the environment", () => {
    const env = parseFaultList("query-down,webhook-delay:5000").faults;
    const merged = mergeFaults(env, {
      "query-down": { on: false },
      "sales-601": { on: true },
      "webhook-delay": { on: true },
    });
    expect(merged).toEqual({ "sales-601": { ms: undefined }, "webhook-delay": { ms: 5000 } });
  });
});

describe("faultMs", () => {
  it("gives the switch's own delay, else the default, else 0 when off", () => {
    expect(faultMs({ "query-slow": { ms: 50 } }, "query-slow")).toBe(50);
    expect(faultMs({ "query-slow": {} }, "query-slow")).toBe(15_000);
    expect(faultMs({}, "query-slow")).toBe(0);
    expect(hasFault({ "webhook-drop": {} }, "webhook-drop")).toBe(true);
    expect(hasFault({}, "webhook-drop")).toBe(false);
  });
});
