import { expect, latestOrderId, test } from "./fixtures";
import { addToCart, decideOnPaymentPage, payWith, signInAsStaff } from "./payment-fixtures";

const address = { name: "Chan Tai Man", line1: "Flat 3A, 18 Harbour Road", district: "Wan Chai", region: "Hong Kong Island" };

test("the back office names methods, not codes; a failed attempt does not read 'paid'; each payment shows its order number @phone", async ({ page, browser }) => {
  // A declined card, then FPS, for one order.
  const shopper = await (await browser.newContext()).newPage();
  await addToCart(shopper, "tram-model");
  const declinedRrn = await payWith(shopper, "VMPAY", { email: "labels@example.com", courier: address });
  await decideOnPaymentPage(shopper, "VMPAY", "decline");
  await expect(shopper.getByRole("heading", { name: "The payment did not go through" })).toBeVisible();
  await shopper.locator('input[name="method"][value="FPSPAY"]').check();
  await shopper.getByRole("button", { name: /^Pay HK\$/ }).click();
  await shopper.waitForURL(/\/pms-payment\//);
  await decideOnPaymentPage(shopper, "FPSPAY", "approve");
  await expect(shopper.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  const orderId = await latestOrderId(shopper);
  const reference = orderId.slice(0, 8).toUpperCase();
  await shopper.context().close();

  await signInAsStaff(page);
  await page.goto(`/admin?rrn=${declinedRrn}`);
  const row = page.getByTestId("payment-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Visa / Mastercard");
  await expect(row.getByRole("link", { name: `Order ${reference}` })).toHaveAttribute("href", `/admin/orders/${orderId}`);
  await expect(row.getByTestId("payment-order-state")).toHaveText("order paid by another attempt");
  await page.goto("/admin");
  await expect(page.getByRole("table")).not.toContainText(/WXPAY|VMPAY|FPSPAY|ALIPAY|UNIONPAY/);
  await expect(page.getByTestId("payment-row").filter({ hasText: "FPS" }).first().getByTestId("payment-order-state")).toHaveText("paid the order");

  await page.goto("/admin/orders?view=all");
  await expect(page.getByRole("table", { name: /^Orders/ })).toContainText("FPS");
  await expect(page.getByRole("table", { name: /^Orders/ })).not.toContainText(/WXPAY|VMPAY|FPSPAY/);
  await expect(page.getByRole("list", { name: "Methods" })).not.toContainText(/WXPAY|VMPAY|FPSPAY/);
  await expect(page.getByRole("list", { name: "Methods" })).toContainText("FPS");

  // Nothing spills past its card: the page never scrolls sideways, the table scrolls inside its own.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  const table = await page.getByRole("table", { name: /^Orders/ }).locator("xpath=..").boundingBox();
  const main = await page.getByRole("main").boundingBox();
  expect(table!.x + table!.width).toBeLessThanOrEqual(main!.x + main!.width + 1);

  // The order's header follows fulfilment; its attempts are named too.
  await page.goto(`/admin/orders/${orderId}`);
  await expect(page.getByRole("region", { name: "Payments" })).toContainText("Visa / Mastercard");
  await expect(page.getByRole("region", { name: "Payments" })).not.toContainText(/VMPAY|FPSPAY/);
});

test("the takings chart spans its card, and a form's summary error sits above its fields", async ({ page, orders }) => {
  await orders.place({ contact: { email: "chart@example.com", courier: address }, decision: "approve" });
  await signInAsStaff(page);
  await page.goto("/admin/orders?view=all");
  const card = await page.getByRole("region", { name: /Takings, last/ }).boundingBox();
  const chart = await page.getByTestId("takings-chart").boundingBox();
  expect(chart!.width).toBeGreaterThan(card!.width * 0.9);

  await page.goto("/admin/orders?view=to-fulfil");
  await page.getByTestId("order-row").first().getByRole("link").first().click();
  await page.getByLabel("Tracking number").fill("has spaces");
  await page.getByLabel("Carrier").fill("SF Express");
  await page.getByRole("button", { name: "Mark shipped" }).click();
  const summary = page.getByRole("status").filter({ hasText: /check|Check|fix|Fix/ }).first();
  await expect(summary).toBeVisible();
  expect((await summary.boundingBox())!.y).toBeLessThan((await page.getByLabel("Carrier").boundingBox())!.y);
});
