import { createHmac, randomInt } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { demoCredentials } from "./demo-credentials";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, test } from "./fixtures";
import { payByCard } from "./payment-fixtures";

// The sandbox's card page as a shopper sees it, in each of the sale's languages, on a desktop
// and (tests tagged @phone) on a phone: card number, expiry and CVC; the page in one language
// only, declared on <html>; an expired card declined; a malformed CVC refused with nothing changed.

const languages = [
  { lang: "en", html: "en", title: "Payment · TTRetail PMS (sandbox)", cvcRefusal: "The security code is the 3 digits on the back of the card." },
  { lang: "zh_hk", html: "zh-HK", title: "支付 · TTRetail PMS（沙盒）", cvcRefusal: "安全碼是卡背的三位數字。" },
  { lang: "zh_cn", html: "zh-CN", title: "支付 · TTRetail PMS（沙盒）", cvcRefusal: "安全码是卡背的三位数字。" },
] as const;

// Names a Chinese page may write in Latin letters: the brands, the gateway's own name, the currency.
const latinAllowed = /\b(TTRetail|PMS|Visa|Mastercard|HK)\b/g;

async function callPms(request: APIRequestContext, path: string, fields: Record<string, unknown>) {
  const timestamp = Date.now();
  const sign = createHmac("sha1", demoCredentials.secret).update(String(timestamp)).digest("base64");
  const response = await request.post(path, { data: { apiKey: demoCredentials.apiKey, timestamp, sign, ...fields } });
  expect(response.status(), path).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** A card sale made as any merchant makes it, returning to the shop's home page. */
async function cardSale(request: APIRequestContext, baseURL: string, lang: string) {
  const rrn = Array.from({ length: 24 }, () => randomInt(10)).join("");
  const answer = await callPms(request, "/tt-pms-ws/rest/online/sales", {
    type: "VMPAY",
    rrn,
    lang,
    storeCode: "ST01",
    tillId: "01",
    salesman: "9999",
    txDateTime: "2026-06-11T16:18:30+0800",
    amt: 12850,
    ccy: "HKD",
    extendParam: JSON.stringify({ subject: "茉莉花茶", seller: "港灣良品" }),
    returnUrl: `${baseURL}/`,
    webhookUrl: "",
  });
  expect(answer).toMatchObject({ errorCode: "0", rrn });
  const status = async () => (await callPms(request, "/tt-pms-ws/rest/online/query", { type: "VMPAY", rrn, storeCode: "ST01", tillId: "01" })).gwRefStatus;
  return { rrn, paymentUrl: String(answer.paymentUrl), status };
}

for (const device of ["", " @phone"]) {
  for (const language of languages) {
    test(`the card page in ${language.html} asks for number, expiry and CVC in that language only; a bad CVC is refused, an expired card declined${device}`, async ({ page, request, baseURL }) => {
      const sale = await cardSale(request, baseURL!, language.lang);
      await page.goto(sale.paymentUrl);

      await expect(page.locator("html")).toHaveAttribute("lang", language.html);
      await expect(page).toHaveTitle(language.title);
      const body = await page.locator("body").innerText();
      expect(body).not.toMatch(/rrn|Reference/);
      if (language.lang !== "en") {
        expect(body.replace(latinAllowed, "").match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
      }
      await expectNoSeriousA11yViolations(page);

      // A malformed CVC is explained on the page, in the page's language, and changes nothing.
      await payByCard(page, "4242 4242 4242 4242", { cvc: "12" });
      await expect(page.getByRole("alert").filter({ hasText: language.cvcRefusal })).toBeVisible();
      expect(await sale.status()).toBe("05");

      // An approving card past its expiry month is declined: the shopper goes back to the merchant.
      await payByCard(page, "4242 4242 4242 4242", { expiry: "01/20" });
      await page.waitForURL((url) => url.origin === new URL(baseURL!).origin && url.searchParams.get("rrn") === sale.rrn);
      expect(await sale.status()).toBe("02");
    });
  }
}

test("a current expiry and any three-digit CVC pay with an approving card @phone", async ({ page, request, baseURL }) => {
  const sale = await cardSale(request, baseURL!, "zh_hk");
  await page.goto(sale.paymentUrl);
  await payByCard(page, "5555 5555 5555 4444", { expiry: "12/39", cvc: "987" });
  await page.waitForURL((url) => url.searchParams.get("rrn") === sale.rrn);
  expect(await sale.status()).toBe("01");
});
