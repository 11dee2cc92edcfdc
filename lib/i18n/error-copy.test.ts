import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { errorCopy } from "./error-copy";

describe("error page copy", () => {
  it("has every line in every interface language, and English for anything else", () => {
    for (const locale of locales) {
      expect(Object.values(errorCopy(locale)).every((line) => line.trim().length > 0)).toBe(true);
    }
    expect(errorCopy("zh-HK").retry).not.toBe(errorCopy("en").retry);
    expect(errorCopy("fr")).toEqual(errorCopy("en"));
    expect(errorCopy(undefined)).toEqual(errorCopy("en"));
  });
});
