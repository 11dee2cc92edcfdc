import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addToCart, decideOnPaymentPage, payWith } from "./payment-fixtures";

async function signIn(page: Page, password = "e2e-staff-password") {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await page.getByLabel("Email").fill("staff@harbour.test");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("the back office is for staff only: no session, no payments", async ({ page, request }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await expect(page.getByRole("table")).toHaveCount(0);
  await signIn(page, "wrong-password");
  await expect(page.getByText("That email and password do not match a staff account.")).toBeVisible();
  const story = await request.get("/admin/payments/00000000-0000-0000-0000-000000000000", { maxRedirects: 0 });
  expect(story.status()).toBeGreaterThanOrEqual(300);
  expect(await story.text()).not.toContain("Story");
});

test("staff see a payment's whole story and can ask PMS again", async ({ page, browser }) => {
  const shopper = await browser.newContext();
  const shop = await shopper.newPage();
  await addToCart(shop, "jasmine-tea");
  const rrn = await payWith(shop, "VMPAY");
  await decideOnPaymentPage(shop, "VMPAY", "approve");
  await expect(shop.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  await shopper.close();

  await signIn(page);
  await expect(page.getByRole("heading", { name: "Payments" })).toBeVisible();
  await page.getByRole("textbox", { name: "Find by rrn" }).fill(rrn);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByTestId("payment-row")).toHaveCount(1);
  await page.getByRole("link", { name: `Story of payment ${rrn}` }).click();
  await expect(page.getByRole("heading", { name: `rrn ${rrn}` })).toBeVisible();
  const story = page.getByTestId("payment-story");
  await expect(story).toContainText("attempt_created");
  await expect(story).toContainText("sale_accepted");
  await expect(story).toContainText("payment_succeeded");
  await expect(story).toContainText("order_paid");

  await page.getByRole("button", { name: "Check with PMS now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "PMS answered; nothing changed." })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});
