import { describe, expect, it } from "vitest";
import { pmsNameWorthShowing } from "./method-names";

describe("pmsNameWorthShowing", () => {
  it("leaves out PMS's name when it is ours again, whatever the case, spacing or brackets", () => {
    expect(pmsNameWorthShowing("WeChat Pay", "Wechat Pay")).toBeUndefined();
    expect(pmsNameWorthShowing("AlipayHK", "Alipay HK")).toBeUndefined();
    expect(pmsNameWorthShowing("支付寶(香港)", "支付寶（香港）")).toBeUndefined();
  });

  it("leaves out PMS's name when one name only adds words to the other", () => {
    expect(pmsNameWorthShowing("UnionPay", "UnionPay (credit card)")).toBeUndefined();
    expect(pmsNameWorthShowing("銀聯", "銀聯(信用卡)支付")).toBeUndefined();
    expect(pmsNameWorthShowing("Visa / Mastercard", "Credit card (Visa/Mastercard)")).toBeUndefined();
  });

  it("keeps PMS's name when it says something ours does not", () => {
    expect(pmsNameWorthShowing("Visa / Mastercard", " 信用卡支付 ")).toBe("信用卡支付");
  });

  it("leaves out an empty or punctuation-only name", () => {
    expect(pmsNameWorthShowing("FPS", "")).toBeUndefined();
    expect(pmsNameWorthShowing("FPS", " / ")).toBeUndefined();
  });
});
