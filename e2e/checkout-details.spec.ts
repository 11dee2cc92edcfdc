import { expect, test } from "./fixtures";
import { addToCart, decideOnPaymentPage, fillCheckoutDetails } from "./payment-fixtures";

const address = { name: "Chan Tai Man", line1: "Flat 3A, 18 Harbour Road", district: "Wan Chai", region: "Hong Kong Island" };

test("a courier order under HK$500 pays items plus HK$30, and the result and order pages show the breakdown @phone", async ({ page }) => {
  await addToCart(page, "jasmine-tea");
  await page.goto("/checkout");
  await fillCheckoutDetails(page, { email: "courier@example.com", courier: address });
  await expect(page.getByTestId("checkout-total")).toHaveText("HK$158.00");
  // The summary shows the fee of the delivery chosen, and sits above the Pay button on a phone.
  const summary = page.getByRole("region", { name: "Order summary" });
  await expect(summary).toContainText("Jasmine Tea Tin × 1");
  await expect(summary.getByTestId("checkout-breakdown")).toContainText("HK$30.00");
  const payButton = page.getByRole("button", { name: "Pay HK$158.00" });
  expect((await summary.boundingBox())!.y).toBeLessThan((await payButton.boundingBox())!.y);
  await page.locator('input[name="method"][value="WXPAY"]').check();
  await page.getByRole("button", { name: "Pay HK$158.00" }).click();
  await page.waitForURL(/\/pms-payment\//);
  await expect(page.getByText("HK$158.00").first()).toBeVisible();
  await decideOnPaymentPage(page, "WXPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  const breakdown = page.getByTestId("order-breakdown");
  await expect(breakdown).toContainText("HK$128.00");
  await expect(breakdown).toContainText("HK$30.00");
  await expect(breakdown).toContainText("HK$158.00");
  await expect(page.getByTestId("paid-next-steps")).toContainText("A confirmation is on its way to courier@example.com.");
  await expect(page.getByTestId("paid-next-steps")).toContainText(
    "We will send it by courier to Chan Tai Man, Flat 3A, 18 Harbour Road, Wan Chai, Hong Kong Island.",
  );
  await page.getByRole("link", { name: "View order" }).click();
  await expect(page.getByTestId("order-delivery")).toContainText("courier@example.com");
  await expect(page.getByTestId("order-delivery")).toContainText("Flat 3A, 18 Harbour Road");
  await expect(page.getByTestId("order-breakdown")).toContainText("HK$30.00");
});

test("missing details get field errors in the shopper's language, and what was typed stays", async ({ page }) => {
  await addToCart(page, "jasmine-tea");
  await page.goto("/cart");
  await page.getByLabel("Language").selectOption({ label: "繁體中文 (香港)" });
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");
  await page.goto("/checkout");
  await page.getByLabel("收件人姓名").fill("陳大文");
  await page.getByRole("button", { name: /^付款/ }).click();
  await expect(page.getByText("請輸入電郵地址。")).toBeVisible();
  await expect(page.getByText("請選擇區域。")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "請檢查標示的資料。" })).toBeVisible();
  await expect(page.getByLabel("收件人姓名")).toHaveValue("陳大文");
  await expect(page.getByLabel("電郵")).toHaveAttribute("aria-invalid", "true");
  // The region select is marked like the text fields: aria-invalid and the same red border.
  const region = page.getByRole("combobox", { name: "區域" });
  await expect(region).toHaveAttribute("aria-invalid", "true");
  const wrongFieldBorder = await page.getByLabel("地址第一行").evaluate((field) => getComputedStyle(field).borderTopColor);
  await expect(region).toHaveCSS("border-top-color", wrongFieldBorder);
  // The shopper is taken to the first wrong field, far above the Pay button on a phone.
  await expect(page.getByLabel("電郵")).toBeFocused();
  await expect(page).toHaveURL(/\/checkout$/);
});

test("pick-up is free, and the details come back when the shopper returns to checkout", async ({ page }) => {
  await addToCart(page, "jasmine-tea");
  await page.goto("/checkout");
  await fillCheckoutDetails(page, { email: "again@example.com" });
  await expect(page.getByTestId("checkout-total")).toHaveText("HK$128.00");
  await page.getByRole("button", { name: "Pay HK$128.00" }).click();
  await page.waitForURL(/\/pms-payment\//);
  await decideOnPaymentPage(page, "WXPAY", "decline");
  await page.waitForURL(/\/checkout\/result\?/);
  await page.goto("/checkout");
  await expect(page.getByLabel("Email")).toHaveValue("again@example.com");
  await expect(page.getByRole("radio", { name: /Pick up at our store/ })).toBeChecked();
});
