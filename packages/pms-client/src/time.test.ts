import { describe, expect, it } from "vitest";
import { formatPmsDateTime, parsePmsDateTime } from "./time";

describe("formatPmsDateTime", () => {
  it("formats in Hong Kong time with a colon-less offset, whatever the server TZ", () => {
    expect(formatPmsDateTime(new Date("2021-06-09T05:10:33Z"))).toBe("2021-06-09T13:10:33+0800");
    // 20:00 UTC is already the next day in Hong Kong.
    expect(formatPmsDateTime(new Date("2021-12-31T20:00:00.999Z"))).toBe("2022-01-01T04:00:00+0800");
  });

  it("matches the documented pattern", () => {
    expect(formatPmsDateTime(new Date())).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0800$/);
  });

  it("refuses an invalid Date", () => {
    expect(() => formatPmsDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("parsePmsDateTime", () => {
  const instant = new Date("2021-06-09T05:10:33Z").getTime();

  it.each(["2021-06-09T13:10:33+0800", "2021-06-09T13:10:33+08:00", "2021-06-09T05:10:33Z", " 2021-06-09T05:10:33.000Z"])(
    "parses %s",
    (value) => {
      expect(parsePmsDateTime(value)?.getTime()).toBe(instant);
    },
  );

  it("round-trips formatPmsDateTime", () => {
    const date = new Date("2024-02-29T16:59:59Z");
    expect(parsePmsDateTime(formatPmsDateTime(date))?.getTime()).toBe(date.getTime());
  });

  it.each([null, undefined, "", "2021-06-09", "2021-06-09 13:10:33+0800", "2021-02-30T00:00:00+0800", "2021-06-09T24:00:00Z", 1623205724171])(
    "rejects %s",
    (value) => {
      expect(parsePmsDateTime(value)).toBeUndefined();
    },
  );
});
