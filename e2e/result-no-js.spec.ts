import type { Page } from "@playwright/test";
import { test as base, expect } from "./fixtures";
import { addToCart, decideOnPaymentPage, payWith } from "./payment-fixtures";

// A shopper whose browser runs no JavaScript at all.
const test = base.extend<{ noJs: Page }>({
  noJs: async ({ browser }, use) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await use(await context.newPage());
    await context.close();
  },
});

test("without JavaScript, a declined payment's result page drops the token from its URL and retry reaches PMS", async ({ noJs: page }) => {
  await addToCart(page, "jasmine-tea");
  const returned = page.waitForRequest((request) => /\/checkout\/result\?.*token=/.test(request.url()));
  await payWith(page, "VMPAY");
  await decideOnPaymentPage(page, "VMPAY", "decline");
  expect(new URL((await returned).url()).searchParams.get("token")).toBeTruthy();

  await expect(page.getByRole("heading", { name: "The payment did not go through" })).toBeVisible();
  // The bearer token now lives in an httpOnly cookie, not in the address bar.
  expect(new URL(page.url()).searchParams.has("token")).toBe(false);
  expect((await page.context().cookies()).find((cookie) => cookie.name === "result_token")).toMatchObject({ httpOnly: true });

  const retry = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/checkout/result"));
  await page.locator(`input[name="method"][value="WXPAY"]`).check();
  await page.getByRole("button", { name: /^Pay HK\$/ }).click();
  expect((await retry).status()).toBeLessThan(500);
  await page.waitForURL(/\/pms-payment\//);
  await expect(page.getByRole("button", { name: "Approve payment" })).toBeVisible();
});
