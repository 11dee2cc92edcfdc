import { describe, expect, it } from "vitest";
import { parsePmsLang, toPmsLang } from "./lang";

describe("toPmsLang", () => {
  it("maps every interface locale to the spelling PMS documents", () => {
    expect(toPmsLang("en")).toBe("en");
    expect(toPmsLang("zh-HK")).toBe("zh_hk");
    expect(toPmsLang("zh-CN")).toBe("zh_cn");
  });
});

describe("parsePmsLang", () => {
  it.each([
    ["zh_hk", "zh_hk"],
    ["zh-HK", "zh_hk"],
    ["ZH_HK", "zh_hk"],
    ["TC", "zh_hk"],
    ["zh_cn", "zh_cn"],
    ["zh-CN", "zh_cn"],
    ["SC", "zh_cn"],
    ["EN", "en"],
    ["en-GB", "en"],
    [" en ", "en"],
  ])("%s → %s", (input, expected) => {
    expect(parsePmsLang(input)).toBe(expected);
  });

  it.each([null, undefined, "", "fr", "zh", 1, "constructor", "__proto__"])("%s → undefined", (input) => {
    expect(parsePmsLang(input)).toBeUndefined();
  });
});
