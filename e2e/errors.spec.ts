import { expect, test } from "./fixtures";

test("an unknown URL gets the shop's own 404, with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page/at-all");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the shop" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("the 404 speaks the shopper's language", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-HK", url: baseURL! }]);
  const response = await page.goto("/admin-typo/x");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");
  await expect(page.getByRole("heading", { name: "找不到頁面" })).toBeVisible();
  await expect(page.getByRole("link", { name: "返回商店" })).toBeVisible();
});
