import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, test } from "./fixtures";

const runs = [
  {
    lang: "en",
    tag: "",
    links: ["Contact", "Delivery and pick-up", "Returns and refunds", "Privacy", "Terms"],
    headings: ["Contact us", "Delivery and pick-up", "Returns and refunds", "Privacy", "Terms of sale"],
    brand: "Harbour Goods",
    pdpo: "Personal Data (Privacy) Ordinance",
    staffRefund: "Our staff make each refund in the PMS merchant portal",
  },
  {
    lang: "zh-HK",
    tag: " @phone",
    links: ["聯絡我們", "送貨及自取", "退貨及退款", "私隱政策", "銷售條款"],
    headings: ["聯絡我們", "送貨及自取", "退貨及退款", "私隱政策", "銷售條款"],
    brand: "港灣好物 Harbour Goods",
    pdpo: "《個人資料（私隱）條例》",
    staffRefund: "每筆退款由職員在 PMS 商戶平台辦理",
  },
  {
    lang: "zh-CN",
    tag: " @phone",
    links: ["联系我们", "送货及自取", "退货及退款", "隐私政策", "销售条款"],
    headings: ["联系我们", "送货及自取", "退货及退款", "隐私政策", "销售条款"],
    brand: "港湾好物 Harbour Goods",
    pdpo: "《个人资料（私隐）条例》",
    staffRefund: "每笔退款由工作人员在 PMS 商户平台办理",
  },
] as const;

for (const run of runs) {
  test(`every shop page's footer says who the merchant is and links its five pages, each in the shopper's language (${run.lang})${run.tag}`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    await context.addCookies([{ name: "NEXT_LOCALE", value: run.lang, url: baseURL! }]);
    await page.goto("/cart");
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText(run.brand);
    await expect(footer).toContainText("hello@harbour.test");
    for (const [i, link] of run.links.entries()) {
      await page.goto("/");
      await page.getByRole("contentinfo").getByRole("link", { name: link, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: run.headings[i] })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", run.lang);
      await expectNoSeriousA11yViolations(page);
    }
  });

  test(`delivery fees come from the fee table; returns say staff refund in PMS; privacy cites the PDPO (${run.lang})${run.tag}`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: run.lang, url: baseURL! }]);
    await page.goto("/delivery");
    // lib/checkout/delivery.ts: HK$30, free from HK$500 of items.
    await expect(page.getByTestId("trust-courier")).toContainText("HK$30.00");
    await expect(page.getByTestId("trust-courier")).toContainText("HK$500.00");
    await page.goto("/returns");
    await expect(page.getByTestId("trust-refund")).toContainText(run.staffRefund);
    await page.goto("/privacy");
    await expect(page.getByRole("main")).toContainText(run.pdpo);
    await expect(page.getByTestId("trust-rights")).toContainText("privacy@harbour.test");
    await page.goto("/contact");
    await expect(page.getByTestId("merchant-details")).toContainText("+852 2123 4567");
  });
}
