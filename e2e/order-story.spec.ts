import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, latestOrderId, test } from "./fixtures";
import { addToCart, decideOnPaymentPage, payWith } from "./payment-fixtures";

const address = { name: "Chan Tai Man", line1: "Flat 3A, 18 Harbour Road", district: "Wan Chai", region: "Hong Kong Island" };
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

test("a declined card and a retry read as two steps in the shopper's words: placed, paid with the method that paid", async ({ page, checkout }) => {
  await checkout.addToCart("tram-model");
  await checkout.payWith("VMPAY");
  await checkout.decide("VMPAY", "decline");
  await expect(page.getByRole("heading", { name: "The payment did not go through" })).toBeVisible();
  await page.locator('input[name="method"][value="FPSPAY"]').check();
  await page.getByRole("button", { name: /^Pay HK\$/ }).click();
  await page.waitForURL(/\/pms-payment\//);
  await checkout.decide("FPSPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  await page.getByRole("link", { name: "View order" }).click();

  const steps = page.getByTestId("timeline-step");
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText("Order placed");
  await expect(steps.nth(1)).toContainText("Paid with FPS");
  await expect(page.getByTestId("order-timeline")).not.toContainText(/PMS|failed|confirmed|Visa|rrn/);
  await expect(page.getByTestId("order-status")).toHaveText("Paid");
  await expectNoSeriousA11yViolations(page);
});

test("shipped: the badge says 已寄出, the timeline names the carrier with its tracking link, and staff's header says shipped (zh-HK) @phone", async ({
  page,
  context,
  baseURL,
  backOffice,
}) => {
  await addToCart(page, "jasmine-tea");
  await payWith(page, "WXPAY", { email: uniqueEmail("story"), courier: address });
  await decideOnPaymentPage(page, "WXPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  const orderId = await latestOrderId(page);

  await backOffice.openPaidOrder(orderId);
  await backOffice.markShipped("SF Express", "SF-STORY-1");
  await expect(backOffice.page.getByTestId("order-status")).toHaveText("shipped");

  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-HK", url: baseURL! }]);
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId("order-status")).toHaveText("已寄出");
  const steps = page.getByTestId("timeline-step");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText("已下單");
  await expect(steps.nth(1)).toContainText("已用微信支付付款");
  await expect(steps.nth(2)).toContainText("已由 SF Express 寄出，追蹤號碼：SF-STORY-1");
  await expect(steps.nth(2).getByRole("link", { name: "在 SF Express 網站追蹤包裹" })).toHaveAttribute("href", /sf-express\.com.*SF-STORY-1$/);
  await expectNoSeriousA11yViolations(page);
  // The list says the same.
  await page.goto("/orders");
  await expect(page.getByRole("link", { name: /已寄出/ })).toHaveCount(1);
});
