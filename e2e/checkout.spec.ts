import { expect, test } from "@playwright/test";
import {
  addToCart,
  decideOnPaymentPage,
  expectLatestOrderStatus,
  methods,
  payWith,
  SandboxConsole,
} from "./payment-fixtures";

test.describe.configure({ mode: "serial" });

for (const method of methods) {
  test(`pays with ${method.type}: approved on the PMS page, paid on the result page, cart emptied`, async ({ page }) => {
    await addToCart(page, "jasmine-tea", 2);
    await payWith(page, method.type);
    await expect(page.getByText("HK$256.00").first()).toBeVisible();
    await decideOnPaymentPage(page, method, "approve");
    await page.waitForURL(/\/checkout\/result\?/);
    await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
    await expect(page.getByTestId("cart-count")).toHaveText("0");
    await page.getByRole("link", { name: "View order" }).click();
    await expect(page.getByTestId("order-status")).toHaveText("Paid");
    await expect(page.getByTestId("order-timeline")).toContainText("Payment confirmed");
  });
}

test("a declined card, then another method for the same order", async ({ page }) => {
  await addToCart(page, "tram-model");
  await payWith(page, "VMPAY");
  await decideOnPaymentPage(page, methods[4], "decline");
  await page.waitForURL(/\/checkout\/result\?/);
  await expect(page.getByRole("heading", { name: "The payment did not go through" })).toBeVisible();
  await expect(page.getByTestId("cart-count")).toHaveText("1");

  await page.locator('input[name="method"][value="FPSPAY"]').check();
  await page.getByRole("button", { name: "Pay HK$358.00" }).click();
  await page.waitForURL(/\/pms-payment\//);
  await decideOnPaymentPage(page, methods[3], "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  await page.getByRole("link", { name: "View order" }).click();
  const timeline = page.getByTestId("order-timeline");
  await expect(timeline).toContainText("Payment failed");
  await expect(timeline).toContainText("Order paid");
  await expect(timeline).toContainText(/VMPAY · rrn/);
  await expect(timeline).toContainText(/FPSPAY · rrn/);
});

test("a payment left to time out says so and offers another method", async ({ page, context }) => {
  await addToCart(page, "bamboo-steamer");
  const rrn = await payWith(page, "WXPAY");
  const sandbox = await SandboxConsole.open(context);
  await sandbox.act("Time out payment", rrn);
  await sandbox.close();
  // The PMS page follows the outcome back to our returnUrl.
  await page.waitForURL(/\/checkout\/result\?/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "The payment timed out" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Pay for this order another way" })).toBeVisible();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
});

test("a refund made in PMS reaches the order", async ({ page, context }) => {
  await addToCart(page, "dim-sum-notebook");
  const rrn = await payWith(page, "ALIPAY");
  await decideOnPaymentPage(page, methods[1], "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  const sandbox = await SandboxConsole.open(context);
  await sandbox.act("Refund payment", rrn);
  await sandbox.close();
  await expectLatestOrderStatus(page, "Refunded");
  await expect(page.getByTestId("order-timeline")).toContainText("Order refunded");
});

test("the webhook arrives before the browser returns", async ({ page, context }) => {
  await addToCart(page, "milk-tea-cup");
  const rrn = await payWith(page, "ALIPAYOS");
  const paymentUrl = page.url();
  await page.goto("about:blank");
  const sandbox = await SandboxConsole.open(context);
  await sandbox.act("Approve payment", rrn);
  await sandbox.close();
  // Only the webhook (or reconciliation) can have paid it: no shop page asked PMS.
  await expectLatestOrderStatus(page, "Paid");
  await expect(page.getByTestId("order-timeline")).toContainText("PMS notification");
  await page.goto(paymentUrl);
  await page.getByRole("link", { name: "Return to the merchant" }).click();
  await page.waitForURL(/\/checkout\/result\?/);
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
});

test("a browser that never returns: the order is paid all the same", async ({ browser }) => {
  const shopper = await browser.newContext();
  const page = await shopper.newPage();
  await addToCart(page, "egg-waffle-pan");
  const rrn = await payWith(page, "FPSPAY");
  await page.close();
  const sandbox = await SandboxConsole.open(shopper);
  await sandbox.act("Approve payment", rrn);
  await sandbox.close();
  const later = await shopper.newPage();
  await expectLatestOrderStatus(later, "Paid");
  await shopper.close();
});

test("webhooks that never arrive: reconciliation settles the order", async ({ page, context }) => {
  const sandbox = await SandboxConsole.open(context);
  await sandbox.fault("webhook-drop", "on");
  try {
    await addToCart(page, "typhoon-umbrella");
    const rrn = await payWith(page, "UNIONPAY");
    await page.goto("about:blank");
    await sandbox.act("Approve payment", rrn);
    await expectLatestOrderStatus(page, "Paid", 60_000);
    await expect(page.getByTestId("order-timeline")).toContainText("status check");
  } finally {
    await sandbox.fault("webhook-drop", "off");
    await sandbox.close();
  }
});

test("PMS refusing sales at checkout: a clear message, the cart intact, and a retry that works", async ({ page, context }) => {
  await addToCart(page, "star-ferry-tote");
  const sandbox = await SandboxConsole.open(context);
  await sandbox.fault("sales-601", "on");
  try {
    await page.goto("/checkout");
    await page.getByRole("button", { name: "Pay HK$168.00" }).click();
    await expect(page.getByText(/could not start this payment/)).toBeVisible();
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByTestId("cart-count")).toHaveText("1");
  } finally {
    await sandbox.fault("sales-601", "off");
    await sandbox.close();
  }
  await page.getByRole("button", { name: "Pay HK$168.00" }).click();
  await page.waitForURL(/\/pms-payment\//);
});

test("a returnUrl carrying someone else's rrn reveals nothing", async ({ page, browser }) => {
  await addToCart(page, "neon-sign-lamp");
  const victimRrn = await payWith(page, "WXPAY");
  await decideOnPaymentPage(page, methods[0], "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();

  const attacker = await browser.newContext();
  const other = await attacker.newPage();
  await addToCart(other, "dim-sum-notebook");
  await payWith(other, "WXPAY");
  const returned = other.waitForRequest((request) => /\/checkout\/result\?.*token=/.test(request.url()));
  await decideOnPaymentPage(other, methods[0], "approve");
  const ownReturn = new URL((await returned).url());
  expect(ownReturn.searchParams.get("token")).toBeTruthy();

  const swapped = new URL(ownReturn);
  swapped.searchParams.set("rrn", victimRrn);
  await other.goto(swapped.toString());
  await expect(other.getByRole("heading", { name: "We could not find this payment" })).toBeVisible();
  await expect(other.getByText("HK$420.00")).toHaveCount(0);

  await other.goto(`/checkout/result?rrn=${victimRrn}`);
  await expect(other.getByRole("heading", { name: "We could not find this payment" })).toBeVisible();
  await attacker.close();
});

test("a wallet that brings the shopper back in another browser: the returnUrl's token still shows the result", async ({ page, browser }) => {
  await addToCart(page, "milk-tea-cup", 3);
  await payWith(page, "ALIPAYOS");
  const returned = page.waitForRequest((request) => /\/checkout\/result\?.*token=/.test(request.url()));
  await decideOnPaymentPage(page, methods[2], "approve");
  const returnUrl = (await returned).url();
  // The page moved the token into a cookie: the address bar holds none.
  await page.waitForURL((url) => url.pathname === "/checkout/result" && !url.searchParams.has("token"));

  const walletBrowser = await browser.newContext();
  const other = await walletBrowser.newPage();
  await other.goto(returnUrl);
  await expect(other.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  await expect(other.getByText("HK$264.00")).toBeVisible();
  await other.getByRole("link", { name: "View order" }).click();
  await expect(other.getByTestId("order-status")).toHaveText("Paid");
  // Without the token (neither in the URL nor in its cookie), a browser sees nothing.
  const bare = new URL(returnUrl);
  bare.searchParams.delete("token");
  await walletBrowser.clearCookies();
  await other.goto(bare.toString());
  await expect(other.getByRole("heading", { name: "We could not find this payment" })).toBeVisible();
  await walletBrowser.close();
});

test("a second tab paying the same cart the same way goes to the same payment page", async ({ page, context }) => {
  await addToCart(page, "tram-model", 2);
  const secondTab = await context.newPage();
  const rrn = await payWith(page, "WXPAY");
  const again = await payWith(secondTab, "WXPAY");
  expect(again).toBe(rrn);
  expect(secondTab.url()).toBe(page.url());
  await secondTab.close();
});

test("PMS unreachable when listing methods: a clear message and a retry", async ({ page, context }) => {
  await addToCart(page, "jasmine-tea");
  // The e2e server does not cache the method list (PMS_METHODS_CACHE_MS=0), so the fault shows at once.
  const sandbox = await SandboxConsole.open(context);
  await sandbox.fault("gateway-down", "on");
  try {
    await page.goto("/checkout");
    await expect(page.getByText("We cannot reach the payment service right now, so no payment method can be shown.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Pay/ })).toHaveCount(0);
  } finally {
    await sandbox.fault("gateway-down", "off");
    await sandbox.close();
  }
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(page.getByRole("radio")).toHaveCount(6);
  await expect(page.getByRole("button", { name: "Pay HK$128.00" })).toBeVisible();
});
