import type { Browser, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, test } from "./fixtures";
import { addToCart, decideOnPaymentPage, payWith, signInAsStaff } from "./payment-fixtures";

const address = { name: "Chan Tai Man", line1: "Flat 3A, 18 Harbour Road", district: "Wan Chai", region: "Hong Kong Island" };
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

/** A guest pays for a courier order in a browser of their own; returns the order's id. */
async function guestPaysByCourier(browser: Browser, email: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await addToCart(page, "jasmine-tea");
  await payWith(page, "WXPAY", { email, courier: address });
  await decideOnPaymentPage(page, "WXPAY", "approve");
  // The result page confirms with PMS before it says so: patience on a busy machine.
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "View order" }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await context.close();
  return id;
}

/** Signs `page` in as `email` through the mailed link (read by staff from /dev/mailbox). */
async function signInByLink(browser: Browser, page: Page, email: string) {
  await page.goto("/account/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('form:has(input[name="email"]) button[type="submit"]').click();
  await expect(page.getByTestId("link-request-answer")).not.toBeEmpty();
  const staff = await (await browser.newContext()).newPage();
  await signInAsStaff(staff);
  await staff.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await staff.getByTestId("mail-row").first().getByRole("link").first().click();
  const text = (await staff.getByTestId("mail-text").textContent()) ?? "";
  await staff.context().close();
  await page.goto(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(text)![0]);
  await expect(page).toHaveURL(/\/account$/);
}

test("saved addresses hold the address a courier order was delivered to", async ({ browser, page }) => {
  const email = uniqueEmail("saved");
  await guestPaysByCourier(browser, email);
  await signInByLink(browser, page, email);
  const saved = page.getByTestId("saved-address");
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText("Flat 3A, 18 Harbour Road");
  await expect(page.getByText("Addresses you have delivered to appear here.")).toHaveCount(0);
});

test("在帳戶頁，已儲存的地址由大至小排列 @phone", async ({ browser, page, context, baseURL }) => {
  const email = uniqueEmail("saved-zh");
  await guestPaysByCourier(browser, email);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-HK", url: baseURL! }]);
  await signInByLink(browser, page, email);
  await expect(page.getByRole("heading", { name: "已儲存地址" })).toBeVisible();
  const lines = page.getByTestId("saved-address").locator("span");
  await expect(lines).toHaveText(["Chan Tai Man", "香港島", "Wan Chai", "Flat 3A, 18 Harbour Road"]);
});

for (const run of [
  { lang: "en", tag: "", error: "Enter an email address such as name@example.com.", send: "Send me a sign-in link" },
  { lang: "zh-HK", tag: " @phone", error: "請輸入有效的電郵地址，例如 name@example.com。", send: "寄登入連結給我" },
] as const) {
  test(`a bad email on sign-in shows its error once (${run.lang})${run.tag}`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: run.lang, url: baseURL! }]);
    await page.goto("/account/sign-in");
    await page.locator('input[name="email"]').fill("not-an-email");
    await page.getByRole("button", { name: run.send }).click();
    await expect(page.getByText(run.error)).toHaveCount(1);
    await expect(page.locator('input[name="email"]')).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("link-request-answer")).toBeEmpty();
  });
}

for (const run of [
  { lang: "en", tag: "", signIn: "Sign in", find: "Find my order", heading: "Find my order" },
  { lang: "zh-CN", tag: " @phone", signIn: "登录", find: "查找订单", heading: "查找订单" },
] as const) {
  test(`/orders in a new browser offers sign-in and find my order (${run.lang})${run.tag}`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: run.lang, url: baseURL! }]);
    await page.goto("/orders");
    const elsewhere = page.getByTestId("orders-elsewhere");
    await expect(elsewhere.getByRole("link", { name: run.signIn, exact: true })).toHaveAttribute("href", /\/account\/sign-in/);
    await expectNoSeriousA11yViolations(page);
    await elsewhere.getByRole("link", { name: run.find }).click();
    await expect(page.getByRole("heading", { name: run.heading, exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test("a signed-in shopper downloads their data, then closes the account: personal data erased, the order kept anonymised @phone", async ({ browser, page }) => {
  const email = uniqueEmail("close");
  const orderId = await guestPaysByCourier(browser, email);
  await signInByLink(browser, page, email);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const file = await download;
  const data = JSON.parse(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
  expect(data.account.email).toBe(email);
  expect(data.orders[0].reference).toBe(orderId.slice(0, 8).toUpperCase());
  expect(data.orders[0].delivery.address.line1).toBe("Flat 3A, 18 Harbour Road");

  await page.getByRole("button", { name: "Close my account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await page.getByLabel("I understand that closing my account cannot be undone.").check();
  await page.getByRole("button", { name: "Close my account" }).click();
  await expect(page).toHaveURL(/\/account\/closed$/);
  await expect(page.getByRole("heading", { name: "Your account is closed" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/account\/sign-in/);
  expect((await page.request.get("/account/data.json")).status()).toBe(401);

  const staff = await (await browser.newContext()).newPage();
  await signInAsStaff(staff);
  await staff.goto(`/admin/orders/${orderId}`);
  await expect(staff.getByRole("region", { name: "Contact and delivery" })).toContainText("the shopper closed their account");
  await expect(staff.getByRole("region", { name: "Contact and delivery" })).not.toContainText(email);
  await expect(staff.getByTestId("order-total")).toHaveText("HK$158.00");
  await staff.context().close();
});
