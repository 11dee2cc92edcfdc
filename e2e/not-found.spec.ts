import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, test } from "./fixtures";

const runs = [
  { lang: "en", tag: "", title: "Page not found", search: "Search the shop", cart: /Cart/ },
  { lang: "zh-HK", tag: " @phone", title: "找不到頁面", search: "搜尋商店", cart: /購物車/ },
  { lang: "zh-CN", tag: " @phone", title: "找不到页面", search: "搜索商店", cart: /购物车/ },
] as const;

for (const run of runs) {
  test(`an unknown URL is a 404 inside the shop's chrome: header, search and footer (${run.lang})${run.tag}`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: run.lang, url: baseURL! }]);
    const response = await page.goto("/nope");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: run.title })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: run.cart })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // The search box works from the 404 as from any page.
    await page.getByRole("searchbox", { name: run.search }).fill("tea");
    await page.getByRole("searchbox", { name: run.search }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=tea/);
    await expect(page.getByTestId("product-grid").locator('a[href="/products/jasmine-tea"]')).toBeVisible();
  });
}
