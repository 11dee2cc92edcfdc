import { describe, expect, it } from "vitest";
import { renderFulfilmentNotice, renderOrderConfirmation, renderSignInLink } from "./templates";

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

  it("an item with a variant is named with its variant, in the shopper's language, in both mails", () => {
    const bowl = {
      name: { en: "Rooster Bowl", "zh-HK": "雞公碗", "zh-CN": "鸡公碗" },
      variantLabel: { en: "Large, 15 cm", "zh-HK": "大，15 厘米", "zh-CN": "大，15 厘米" },
      quantity: 2,
      lineTotalCents: 11_600,
    };
    const withVariant = { ...order, items: [...order.items, bowl] };
    const confirmation = renderOrderConfirmation({ ...withVariant, locale: "en" });
    expect(confirmation.text).toContain("Rooster Bowl (Large, 15 cm) × 2: HK$116.00");
    expect(confirmation.html).toContain("Rooster Bowl (Large, 15 cm) × 2");
    // An item without a variant keeps its plain name.
    expect(confirmation.text).toContain("Jasmine tea × 1: HK$128.00");
    const notice = renderFulfilmentNotice({ ...withVariant, locale: "zh-HK", kind: "shipped", carrier: "SF Express", tracking: "SF123" });
    expect(notice.text).toContain("雞公碗（大，15 厘米） × 2");
  });

  it("names the whole courier address, region included, in the shopper's language", () => {
    expect(renderOrderConfirmation({ ...order, locale: "en" }).text).toContain("Courier to Chan, 18 Harbour Road, Wan Chai, Hong Kong Island");
    // Chinese prints from large to small, the recipient last.
    expect(renderOrderConfirmation({ ...order, locale: "zh-HK" }).text).toContain("速遞送往 香港島 Wan Chai 18 Harbour Road，收件人：Chan");
  });

  it("a sign-in link carries the URL in both parts and says when it expires", () => {
    const mail = renderSignInLink({ locale: "en", url: "http://shop.test/api/auth/callback/email?token=a&email=b", minutes: 15 });
    expect(mail.text).toContain("http://shop.test/api/auth/callback/email?token=a&email=b");
    expect(mail.html).toContain('href="http://shop.test/api/auth/callback/email?token=a&amp;email=b"');
    expect(mail.text).toContain("15 minutes");
  });
});
