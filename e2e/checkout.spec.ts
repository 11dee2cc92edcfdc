import { expect, test } from "./fixtures";
import { fillCheckoutDetails, methods } from "./payment-fixtures";

test.describe.configure({ mode: "serial" });

for (const method of methods) {
  test(`pays with ${method.type}: approved on the PMS page, paid on the result page, cart emptied`, async ({ page, checkout }) => {
    await checkout.addToCart("jasmine-tea", 2);
    await checkout.payWith(method.type);
    await expect(page.getByText("HK$256.00").first()).toBeVisible();
    await checkout.decide(method.type, "approve");
    await page.waitForURL(/\/checkout\/result\?/);
    await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
    // The header's count follows without a reload (the paid page refreshes once), and the server agrees.
    await expect(page.getByTestId("cart-count")).toHaveText("0");
    await page.reload();
    await expect(page.getByTestId("cart-count")).toHaveText("0");
    await page.getByRole("link", { name: "View order" }).click();
    await expect(page.getByTestId("order-status")).toHaveText("Paid");
    await expect(page.getByTestId("order-timeline")).toContainText("Paid with");
  });
}

test("a declined card, then another method for the same order", async ({ page, checkout }) => {
  await checkout.addToCart("tram-model");
  await checkout.payWith("VMPAY");
  await checkout.decide("VMPAY", "decline");
  await page.waitForURL(/\/checkout\/result\?/);
  await expect(page.getByRole("heading", { name: "The payment did not go through" })).toBeVisible();
  await expect(page.getByTestId("cart-count")).toHaveText("1");

  await page.locator('input[name="method"][value="FPSPAY"]').check();
  await page.getByRole("button", { name: "Pay HK$358.00" }).click();
  await page.waitForURL(/\/pms-payment\//);
  await checkout.decide("FPSPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  await page.getByRole("link", { name: "View order" }).click();
  const timeline = page.getByTestId("order-timeline");
  // Shoppers read the method that paid, by name; the declined attempt, PMS codes and rrns stay with staff.
  await expect(timeline).toContainText("Paid with FPS");
  await expect(timeline).not.toContainText(/VMPAY|FPSPAY|rrn|Visa/);
});

test("a payment left to time out says so and offers another method", async ({ page, checkout, sandboxConsole }) => {
  await checkout.addToCart("bamboo-steamer");
  const rrn = await checkout.payWith("WXPAY");
  await sandboxConsole.act("Time out payment", rrn);
  // The PMS page follows the outcome back to our returnUrl.
  await page.waitForURL(/\/checkout\/result\?/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "The payment timed out" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Pay for this order another way" })).toBeVisible();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
});

test("a refund made in PMS reaches the order", async ({ page, checkout, sandboxConsole }) => {
  await checkout.addToCart("dim-sum-notebook");
  const rrn = await checkout.payWith("ALIPAY");
  await checkout.decide("ALIPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  await sandboxConsole.act("Refund payment", rrn);
  await checkout.expectLatestOrderStatus("Refunded");
  await expect(page.getByTestId("order-timeline")).toContainText("Refunded");
});

test("the webhook arrives before the browser returns", async ({ page, checkout, sandboxConsole }) => {
  await checkout.addToCart("milk-tea-cup");
  const rrn = await checkout.payWith("ALIPAYOS");
  const paymentUrl = page.url();
  await page.goto("about:blank");
  await sandboxConsole.act("Approve payment", rrn);
  // Only the webhook (or reconciliation) can have paid it: no shop page asked PMS.
  await checkout.expectLatestOrderStatus("Paid");
  await expect(await sandboxConsole.paymentStory(rrn)).toContainText("payment_succeeded · webhook");
  await page.goto(paymentUrl);
  await page.getByRole("link", { name: "Return to the merchant" }).click();
  await page.waitForURL(/\/checkout\/result\?/);
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
});

test("a browser that never returns: the order is paid all the same", async ({ page, context, checkout, sandboxConsole }) => {
  await checkout.addToCart("egg-waffle-pan");
  const rrn = await checkout.payWith("FPSPAY");
  await page.close();
  await sandboxConsole.act("Approve payment", rrn);
  await checkout.expectLatestOrderStatus("Paid", undefined, await context.newPage());
});

test("webhooks that never arrive: reconciliation settles the order", async ({ page, checkout, sandboxConsole }) => {
  await sandboxConsole.fault("webhook-drop", "on");
  await checkout.addToCart("typhoon-umbrella");
  const rrn = await checkout.payWith("UNIONPAY");
  await page.goto("about:blank");
  await sandboxConsole.act("Approve payment", rrn);
  await checkout.expectLatestOrderStatus("Paid", 60_000);
  await expect(await sandboxConsole.paymentStory(rrn)).toContainText("payment_succeeded · reconcile");
});

test("PMS refusing sales at checkout: a clear message, the cart intact, and a retry that works", async ({ page, checkout, sandboxConsole }) => {
  await checkout.addToCart("star-ferry-tote");
  await sandboxConsole.fault("sales-601", "on");
  await page.goto("/checkout");
  await fillCheckoutDetails(page);
  await page.getByRole("button", { name: "Pay HK$168.00" }).click();
  await expect(page.getByText(/could not start this payment/)).toBeVisible();
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByTestId("cart-count")).toHaveText("1");
  await sandboxConsole.fault("sales-601", "off");
  await page.getByRole("button", { name: "Pay HK$168.00" }).click();
  await page.waitForURL(/\/pms-payment\//);
});

test("a returnUrl carrying someone else's rrn reveals nothing", async ({ page, browser, checkout }) => {
  await checkout.addToCart("neon-sign-lamp");
  const victimRrn = await checkout.payWith("WXPAY");
  await checkout.decide("WXPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();

  const attacker = await browser.newContext();
  const other = await attacker.newPage();
  await checkout.addToCart("dim-sum-notebook", 1, other);
  await checkout.payWith("WXPAY", other);
  const returned = other.waitForRequest((request) => /\/checkout\/result\?.*token=/.test(request.url()));
  await checkout.decide("WXPAY", "approve", other);
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

test("a wallet that brings the shopper back in another browser: the returnUrl's token still shows the result", async ({ page, browser, checkout }) => {
  await checkout.addToCart("milk-tea-cup", 3);
  await checkout.payWith("ALIPAYOS");
  const returned = page.waitForRequest((request) => /\/checkout\/result\?.*token=/.test(request.url()));
  await checkout.decide("ALIPAYOS", "approve");
  const returnUrl = (await returned).url();
  // The page moved the token into a cookie: the address bar holds none.
  await page.waitForURL((url) => url.pathname === "/checkout/result" && !url.searchParams.has("token"));

  const walletBrowser = await browser.newContext();
  const other = await walletBrowser.newPage();
  await other.goto(returnUrl);
  await expect(other.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  await expect(other.getByTestId("order-summary-total")).toHaveText("HK$264.00");
  await other.getByRole("link", { name: "View order" }).click();
  await expect(other.getByTestId("order-status")).toHaveText("Paid");
  // The order page found it through the token's httpOnly cookie: the link carries no token.
  expect(new URL(other.url()).search).toBe("");
  // Without the token (neither in the URL nor in its cookie), a browser sees nothing.
  const bare = new URL(returnUrl);
  bare.searchParams.delete("token");
  await walletBrowser.clearCookies();
  await other.goto(bare.toString());
  await expect(other.getByRole("heading", { name: "We could not find this payment" })).toBeVisible();
  await walletBrowser.close();
});

test("a second tab paying the same cart the same way goes to the same payment page", async ({ page, context, checkout }) => {
  await checkout.addToCart("tram-model", 2);
  const secondTab = await context.newPage();
  const rrn = await checkout.payWith("WXPAY");
  const again = await checkout.payWith("WXPAY", secondTab);
  expect(again).toBe(rrn);
  expect(secondTab.url()).toBe(page.url());
  await secondTab.close();
});

test("PMS unreachable when listing methods: a clear message and a retry", async ({ page, checkout, sandboxConsole }) => {
  await checkout.addToCart("jasmine-tea");
  // The e2e server does not cache the method list (PMS_METHODS_CACHE_MS=0), so the fault shows at once.
  await sandboxConsole.fault("gateway-down", "on");
  await page.goto("/checkout");
  await expect(page.getByText("We cannot reach the payment service right now, so no payment method can be shown.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Pay/ })).toHaveCount(0);
  await sandboxConsole.fault("gateway-down", "off");
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(page.getByRole("group", { name: "Choose how to pay" }).getByRole("radio")).toHaveCount(6);
  // Courier is the default delivery: HK$128 of items plus the HK$30 fee.
  await expect(page.getByRole("button", { name: "Pay HK$158.00" })).toBeVisible();
});
