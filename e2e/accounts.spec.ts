import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addToCart, decideOnPaymentPage, payWith, signInAsStaff } from "./payment-fixtures";

const address = { name: "Chan Tai Man", line1: "Flat 3A, 18 Harbour Road", district: "Wan Chai", region: "Hong Kong Island" };
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

/** A guest pays in a browser of their own; returns the order's id. */
async function guestPays(browser: Browser, email: string, courier = true): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await addToCart(page, "jasmine-tea");
  await payWith(page, "WXPAY", courier ? { email, courier: address } : { email });
  await decideOnPaymentPage(page, "WXPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  await page.getByRole("link", { name: "View order" }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await context.close();
  return id;
}

/** The latest link mailed to `email` whose subject matches, read by staff from /dev/mailbox. */
async function mailedLink(browser: Browser, email: string, subject: RegExp): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsStaff(page);
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: subject }).first().click();
  const text = (await page.getByTestId("mail-text").textContent()) ?? "";
  await context.close();
  const url = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(text)?.[0];
  expect(url).toBeTruthy();
  return url!;
}

async function requestSignIn(page: Page, email: string) {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/account\/sign-in/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByTestId("link-request-answer")).toHaveText(/a sign-in link is on its way/);
}

test("a guest's order shows up on a second browser after signing in by the emailed link; the link works once and opens no back office", async ({ browser }) => {
  const email = uniqueEmail("second-device");
  const orderId = await guestPays(browser, email);

  const laptop = await browser.newContext();
  const page = await laptop.newPage();
  await requestSignIn(page, email);
  const link = await mailedLink(browser, email, /sign-in link/);
  await page.goto(link);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText(`Signed in as ${email}`);
  await page.getByRole("link", { name: new RegExp(`^Order ${orderId.slice(0, 8).toUpperCase()}`) }).click();
  await expect(page.getByTestId("order-status")).toHaveText("Paid");
  await expect(page.getByTestId("order-delivery")).toContainText("Flat 3A, 18 Harbour Road");

  // A shopper session is not a staff session.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);

  // The same link again, in yet another browser: refused.
  const thief = await browser.newContext();
  const other = await thief.newPage();
  await other.goto(link);
  await expect(other).toHaveURL(/error=Verification/);
  await other.goto("/account");
  await expect(other).toHaveURL(/\/account\/sign-in/);
  await thief.close();
  await laptop.close();
});

test("a shopper cannot read another shopper's order or account by URL", async ({ browser }) => {
  const alice = uniqueEmail("alice");
  const bobOrder = await guestPays(browser, uniqueEmail("bob"), false);
  const context = await browser.newContext();
  const page = await context.newPage();
  await requestSignIn(page, alice);
  await page.goto(await mailedLink(browser, alice, /sign-in link/));
  await expect(page.getByTestId("signed-in-as")).toContainText(alice);
  const response = await page.goto(`/orders/${bobOrder}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("order-status")).toHaveCount(0);
  await expect(page.getByText("bob-")).toHaveCount(0);
  await context.close();

  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/account");
  await expect(strangerPage).toHaveURL(/\/account\/sign-in/);
  expect((await strangerPage.goto(`/orders/${bobOrder}`))?.status()).toBe(404);
  await stranger.close();
});

test("find my order in Chinese: the same answer whether or not the order exists, and a link that opens it @phone", async ({ browser, page }) => {
  const email = uniqueEmail("find");
  const orderId = await guestPays(browser, email, false);
  const ref = orderId.slice(0, 8).toUpperCase();
  await page.goto("/cart");
  await page.getByLabel("Language").selectOption({ label: "繁體中文 (香港)" });
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");

  await page.goto("/account/find-order");
  await page.getByLabel("電郵").fill(email);
  await page.getByLabel("訂單號碼").fill("0000000Z");
  await page.getByRole("button", { name: "寄連結給我" }).click();
  await expect(page.getByText("訂單號碼由 8 個字母及數字組成，例如 1A2B3C4D。")).toBeVisible();

  const sameAnswer = "如該訂單是以這個電郵地址下單，我們已寄出訂單連結。";
  await page.getByLabel("訂單號碼").fill("00000000");
  await page.getByRole("button", { name: "寄連結給我" }).click();
  await expect(page.getByTestId("link-request-answer")).toHaveText(sameAnswer);
  await page.getByLabel("訂單號碼").fill(ref);
  await page.getByRole("button", { name: "寄連結給我" }).click();
  await expect(page.getByTestId("link-request-answer")).toHaveText(sameAnswer);

  const link = await mailedLink(browser, email, new RegExp(`訂單 ${ref}`));
  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}$`));
  await expect(page.getByTestId("order-status")).toHaveText("已付款");
});
