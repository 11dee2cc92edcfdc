import { describe, expect, it } from "vitest";
import { resolveLocale } from "./locales";

describe("resolveLocale", () => {
  it("prefers the saved choice", () => {
    expect(resolveLocale("zh-CN", "en-US,en;q=0.9")).toBe("zh-CN");
  });
  it("ignores an unknown saved value", () => {
    expect(resolveLocale("fr", "zh-HK,zh;q=0.9")).toBe("zh-HK");
  });
  it("maps Traditional Chinese to zh-HK and other Chinese to zh-CN", () => {
    expect(resolveLocale(undefined, "zh-TW")).toBe("zh-HK");
    expect(resolveLocale(undefined, "zh-Hant-HK")).toBe("zh-HK");
    expect(resolveLocale(undefined, "zh-CN,zh;q=0.8")).toBe("zh-CN");
  });
  it("follows q-values and falls back to English", () => {
    expect(resolveLocale(undefined, "fr;q=1, zh-CN;q=0.5, en;q=0.7")).toBe("en");
    expect(resolveLocale(undefined, "fr, de")).toBe("en");
    expect(resolveLocale(undefined, null)).toBe("en");
  });
});
