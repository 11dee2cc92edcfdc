import { describe, expect, it } from "vitest";
import { choosePageLayout, formatAmount, readExtendParam } from "./display";
import { buildReturnTarget } from "./return-target";
import { decideCard } from "./test-cards";

describe("decideCard", () => {
  // 15 March 2026, 10:00 in Hong Kong.
  const now = new Date("2026-03-15T02:00:00Z");
  const good = { expiry: "12/30", cvc: "123" };

  it.each([
    ["VMPAY", "4242 4242 4242 4242", "success"],
    ["VMPAY", "4242-4242-4242-4242", "success"],
    ["VMPAY", "5555555555554444", "success"],
    ["VMPAY", "4000 0000 0000 0002", "failure"],
    ["VMPAY", "4000 0000 0000 0119", "no-answer"],
    ["UNIONPAY", "6200 0000 0000 0005", "success"],
    ["UNIONPAY", "6200 0000 0000 0013", "failure"],
    ["UNIONPAY", "6200 0000 0000 0047", "no-answer"],
    ["UNIONPAY", "4242 4242 4242 4242", "wrong-brand"],
    ["VMPAY", "4111 1111 1111 1111", "unknown-card"],
    ["VMPAY", "", "unknown-card"],
  ])("%s %s → %s", (type, number, expected) => {
    expect(decideCard(type, { number, ...good }, now)).toBe(expected);
  });

  it("declines an approving card whose expiry month has passed, and accepts the current month", () => {
    const card = { number: "4242424242424242", cvc: "123" };
    expect(decideCard("VMPAY", { ...card, expiry: "02/26" }, now)).toBe("expired");
    expect(decideCard("VMPAY", { ...card, expiry: "03/26" }, now)).toBe("success");
    expect(decideCard("VMPAY", { ...card, expiry: "0326" }, now)).toBe("success");
    expect(decideCard("VMPAY", { ...card, expiry: "03/2026" }, now)).toBe("success");
  });

  it("reads the month in Hong Kong: 1 April 00:30 there is already April", () => {
    const april = new Date("2026-03-31T16:30:00Z");
    expect(decideCard("VMPAY", { number: "4242424242424242", cvc: "123", expiry: "03/26" }, april)).toBe("expired");
  });

  it.each([["13/30"], ["00/30"], ["1/30"], ["12-30"], ["soon"], [""]])("refuses the malformed expiry %j on the page", (expiry) => {
    expect(decideCard("VMPAY", { number: "4242424242424242", cvc: "123", expiry }, now)).toBe("invalid-expiry");
  });

  it.each([["12"], ["1234"], ["abc"], [""]])("refuses the CVC %j: three digits", (cvc) => {
    expect(decideCard("VMPAY", { number: "4242424242424242", expiry: "12/30", cvc }, now)).toBe("invalid-cvc");
  });
});

describe("buildReturnTarget", () => {
  const sale = { token: "tok", rrn: "002106110418309975314570", txDateTime: "2021-06-11T16:18:30+0800", type: "VMPAY", amt: 90000 };

  it("adds rrn, txDatetime, type and amt to the merchant's URL, keeping its own query", () => {
    const target = new URL(buildReturnTarget({ ...sale, returnUrl: "https://shop.example/return/648?order=648&lang=en" }));
    expect(target.origin + target.pathname).toBe("https://shop.example/return/648");
    expect(Object.fromEntries(target.searchParams)).toEqual({
      order: "648",
      lang: "en",
      rrn: sale.rrn,
      txDatetime: "2021-06-11T16:18:30+0800",
      type: "VMPAY",
      amt: "90000",
    });
  });

  it("goes to the sandbox's result page when there is no returnUrl", () => {
    expect(buildReturnTarget({ ...sale, returnUrl: "" })).toBe("/pms-payment/tok/result");
  });
});

describe("display helpers", () => {
  it("formats integer cents as HK$ without floats", () => {
    expect(formatAmount(10)).toBe("HK$0.10");
    expect(formatAmount(90000)).toBe("HK$900.00");
    expect(formatAmount(123456789)).toBe("HK$1,234,567.89");
  });

  it("reads subject and seller from extendParam, tolerating anything", () => {
    expect(readExtendParam('{"subject":"Water","seller":"Watsons HK","x":1}')).toEqual({ subject: "Water", seller: "Watsons HK" });
    expect(readExtendParam("")).toEqual({});
    expect(readExtendParam('{"subject":5}')).toEqual({ subject: undefined, seller: undefined });
  });

  it("lays out for the opening browser, else the sale's User-Agent, unless forced", () => {
    const iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148";
    const desktop = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0";
    expect(choosePageLayout(undefined, iphone, desktop)).toBe("mobile");
    expect(choosePageLayout(undefined, desktop, iphone)).toBe("pc");
    expect(choosePageLayout(undefined, null, iphone)).toBe("mobile");
    expect(choosePageLayout(undefined, "curl/8.0", iphone)).toBe("mobile");
    expect(choosePageLayout("pc", iphone, iphone)).toBe("pc");
  });
});
