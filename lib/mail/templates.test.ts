import { describe, expect, it } from "vitest";
import { renderOrderConfirmation, renderSignInLink } from "./templates";

const order = {
  orderRef: "AB12CD34",
  orderUrl: "http://shop.test/orders/x",
  totalCents: 15_800,
  deliveryFeeCents: 3_000,
  deliveryMethod: "courier" as const,
  deliveryAddress: { name: "Chan", line1: "18 Harbour Road", district: "Wan Chai", region: "hk-island" as const },
  items: [{ name: { en: "Jasmine tea", "zh-HK": "茉莉花茶", "zh-CN": "茉莉花茶" }, quantity: 1, lineTotalCents: 12_800 }],
};

describe("mail templates", () => {
  it("an order confirmation lists items, fee and total in text and HTML", () => {
    const mail = renderOrderConfirmation({ ...order, locale: "en" });
    expect(mail.subject).toBe("Order AB12CD34 is paid — thank you");
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("Jasmine tea × 1");
      expect(part).toContain("HK$128.00");
      expect(part).toContain("HK$30.00");
      expect(part).toContain("HK$158.00");
    }
  });

  it("speaks the shopper's language, and falls back to English for an unknown one", () => {
    expect(renderOrderConfirmation({ ...order, locale: "zh-CN" }).text).toContain("茉莉花茶 × 1");
    expect(renderOrderConfirmation({ ...order, locale: "zh-HK" }).subject).toBe("訂單 AB12CD34 已付款，謝謝");
    expect(renderOrderConfirmation({ ...order, locale: "fr" }).subject).toContain("is paid");
  });

  it("a sign-in link carries the URL in both parts and says when it expires", () => {
    const mail = renderSignInLink({ locale: "en", url: "http://shop.test/api/auth/callback/email?token=a&email=b", minutes: 15 });
    expect(mail.text).toContain("http://shop.test/api/auth/callback/email?token=a&email=b");
    expect(mail.html).toContain('href="http://shop.test/api/auth/callback/email?token=a&amp;email=b"');
    expect(mail.text).toContain("15 minutes");
  });
});
