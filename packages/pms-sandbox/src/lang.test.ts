import { describe, expect, it } from "vitest";
import { langCode, parseLang } from "./lang";

describe("parseLang", () => {
  it.each([
    ["zh_hk", "zh_hk"],
    ["zh-HK", "zh_hk"],
    ["ZH_HK", "zh_hk"],
    ["TC", "zh_hk"],
    ["zh_cn", "zh_cn"],
    ["zh-CN", "zh_cn"],
    ["sc", "zh_cn"],
    ["en", "en"],
    ["EN", "en"],
    ["en-GB", "en"],
  ])("reads %s as %s", (input, expected) => {
    expect(parseLang(input)).toBe(expected);
  });

  it.each([["fr"], [""], ["zh"], [42], [null], [undefined]])("refuses %s", (input) => {
    expect(parseLang(input)).toBeUndefined();
  });

  it("answers the spec's TC/SC/EN codes", () => {
    expect(langCode("zh_hk")).toBe("TC");
    expect(langCode("zh_cn")).toBe("SC");
    expect(langCode("en")).toBe("EN");
  });
});
