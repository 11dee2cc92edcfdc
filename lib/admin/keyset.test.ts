import { describe, expect, it } from "vitest";
import { decodeCursor, describeCount, encodeCursor, keysetResult, parseKeysetPage, type KeysetPage } from "./keyset";

const id = "0a1b2c3d-0000-4000-8000-000000000001";
const time = "2026-12-02T09:30:00.123456Z";

describe("keyset cursors", () => {
  it("round-trip a row's time to the microsecond and its id", () => {
    expect(decodeCursor(encodeCursor({ time, id }))).toEqual({ time, id });
  });

  it("refuse what the list did not write, and report it instead of failing", () => {
    for (const raw of ["x", `${time}_not-a-uuid`, `2026-12-02T09:30:00Z_${id}`, `${time}_${id}'; drop table orders`, "9999-99-99T99:99:99.999999Z_" + id]) {
      const problems: string[] = [];
      expect(parseKeysetPage({ older: raw }, problems)).toEqual({ direction: "first" });
      expect(problems).toHaveLength(1);
    }
    expect(parseKeysetPage(new URLSearchParams(`newer=${encodeURIComponent(`${time}_${id}`)}`), [])).toEqual({ direction: "newer", cursor: { time, id } });
    expect(parseKeysetPage({}, [])).toEqual({ direction: "first" });
  });
});

describe("keysetResult", () => {
  const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ time: `t${from + i}`, id: `r${from + i}` }));
  const cursorOf = (row: { time: string; id: string }) => row;

  it("the first page: no newer link, an older one only when a row was left over", () => {
    const first: KeysetPage = { direction: "first" };
    const full = keysetResult(first, rows(4), 3, cursorOf);
    expect(full.rows.map((row) => row.id)).toEqual(["r0", "r1", "r2"]);
    expect(full.newer).toBeUndefined();
    expect(full.older).toBe("t2_r2");
    expect(keysetResult(first, rows(3), 3, cursorOf).older).toBeUndefined();
  });

  it("a newer page is read oldest-first and turned round; it links older always and newer when more were found", () => {
    const page: KeysetPage = { direction: "newer", cursor: { time: "t9", id: "r9" } };
    // Read ascending: r5 is the oldest of the newer rows.
    const result = keysetResult(page, [{ time: "t5", id: "r5" }, { time: "t4", id: "r4" }, { time: "t3", id: "r3" }, { time: "t2", id: "r2" }], 3, cursorOf);
    expect(result.rows.map((row) => row.id)).toEqual(["r3", "r4", "r5"]);
    expect(result.older).toBe("t5_r5");
    expect(result.newer).toBe("t3_r3");
  });

  it("says when a count was capped", () => {
    expect(describeCount({ n: 1, capped: false }, ["order", "orders"])).toBe("1 order");
    expect(describeCount({ n: 1000, capped: true }, ["order", "orders"])).toBe("more than 1,000 orders");
  });
});
