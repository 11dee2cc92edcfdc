import type { Page } from "@playwright/test";
import { expect, latestOrderId, test } from "./fixtures";
import { addToCart, decideOnPaymentPage, payWith } from "./payment-fixtures";

const address = { name: "Chan Tai Man", line1: "Flat 3A, 18 Harbour Road", district: "Wan Chai", region: "Hong Kong Island" };
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

/** A guest pays for a tin of jasmine tea, sent by courier, in English; returns the order's id. */
async function guestPaysByCourier(page: Page, email: string): Promise<{ orderId: string; rrn: string }> {
  await addToCart(page, "jasmine-tea");
  const rrn = await payWith(page, "WXPAY", { email, courier: address });
  await decideOnPaymentPage(page, "WXPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  return { orderId: await latestOrderId(page), rrn };
}

test("staff mark a guest's courier order shipped, and the shopper gets exactly one shipping notice with the tracking number", async ({ page, backOffice }) => {
  const email = uniqueEmail("ship");
  const { orderId, rrn } = await guestPaysByCourier(page, email);

  const staff = backOffice.page;
  await backOffice.openPaidOrder(orderId);
  await expect(staff.getByRole("heading", { name: `Order ${orderId.slice(0, 8).toUpperCase()}` })).toBeVisible();
  await expect(staff.getByText(email, { exact: true })).toBeVisible();
  await expect(staff.getByTestId("delivery-address")).toHaveText("Chan Tai Man, Flat 3A, 18 Harbour Road, Wan Chai, Hong Kong Island");
  await expect(staff.getByRole("cell", { name: "Jasmine Tea Tin" })).toBeVisible();
  await expect(staff.getByTestId("order-total")).toHaveText("HK$158.00");
  // Named in words, and honest about where it is: the e2e server has no SMTP_URL.
  const confirmation = staff.getByTestId("order-mail").filter({ hasText: "Order confirmation to" });
  await expect(confirmation).toContainText("kept in the outbox (no SMTP_URL) — see /dev/mailbox");
  await expect(confirmation.getByRole("link", { name: "/dev/mailbox" })).toHaveAttribute("href", `/dev/mailbox?to=${encodeURIComponent(email)}`);
  await expect(staff.getByTestId("fulfilment-state")).toHaveText("To fulfil: ship it.");

  // A tracking number with a space is refused with the field's own error, and nothing changes.
  await backOffice.markShipped("SF Express", "SF 2026");
  await expect(staff.getByText("Letters, digits and dashes only.")).toBeVisible();
  await expect(staff.getByLabel("Carrier")).toHaveValue("SF Express");
  await expect(staff.getByTestId("fulfilment-state")).toHaveText("To fulfil: ship it.");

  await backOffice.markShipped("SF Express", "SF-2026-0001");
  await expect(staff.getByRole("status").filter({ hasText: "Marked shipped; the shopper's notice is on its way." })).toBeVisible();
  await expect(staff.getByTestId("fulfilment-state")).toContainText("Shipped with SF Express, tracking number SF-2026-0001 by Demo owner");
  await expect(staff.getByRole("button", { name: "Mark shipped" })).toHaveCount(0);
  await expect(staff.getByTestId("order-mail").filter({ hasText: "Shipping notice to" })).toHaveCount(1);

  // The payment's story links back to this order.
  await staff.getByRole("link", { name: `Story of payment ${rrn}` }).click();
  await staff.getByRole("link", { name: `Order ${orderId.slice(0, 8).toUpperCase()}` }).click();
  await expect(staff).toHaveURL(new RegExp(`/admin/orders/${orderId}$`));

  // The shopper's own order page says where the parcel is, not just "Paid".
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId("order-progress")).toHaveText("Shipped with SF Express. Tracking number: SF-2026-0001.");

  const rows = await backOffice.mailTo(email);
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "is on its way" })).toHaveCount(1);
  await staff.getByRole("link", { name: /is on its way/ }).click();
  await expect(staff.getByTestId("mail-text")).toContainText("has shipped with SF Express. Tracking number: SF-2026-0001.");
  await expect(staff.getByTestId("mail-text")).toContainText("Jasmine Tea Tin × 1: HK$128.00");
});

test("staff mark a pick-up order ready for pick-up, and the shopper gets exactly one notice and sees it on the order page", async ({ page, backOffice }) => {
  const email = uniqueEmail("pickup");
  await addToCart(page, "jasmine-tea");
  await payWith(page, "WXPAY", { email });
  await decideOnPaymentPage(page, "WXPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  const orderId = await latestOrderId(page);
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId("order-progress")).toHaveText("We are getting your order ready. We will email you when you can pick it up.");

  const staff = backOffice.page;
  await backOffice.openPaidOrder(orderId);
  await expect(staff.getByTestId("fulfilment-state")).toHaveText("To fulfil: set it aside at the store.");
  // A pick-up order is never shipped: the page offers only what fits it.
  await expect(staff.getByRole("button", { name: "Mark shipped" })).toHaveCount(0);
  await staff.getByRole("button", { name: "Mark ready for pick-up" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Marked ready for pick-up; the shopper's notice is on its way." })).toBeVisible();
  await expect(staff.getByTestId("fulfilment-state")).toContainText("Ready for pick-up by Demo owner");
  await expect(staff.getByRole("button", { name: "Mark ready for pick-up" })).toHaveCount(0);
  await expect(staff.getByTestId("order-mail").filter({ hasText: "Ready for pick-up to" })).toHaveCount(1);

  // The shopper comes for it: staff mark it collected, the last step, and no mail is written for that.
  await expect(staff.getByRole("button", { name: "Mark collected" })).toBeVisible();
  await staff.getByRole("button", { name: "Mark collected" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Marked collected." })).toBeVisible();
  await expect(staff.getByTestId("fulfilment-state")).toContainText("Collected by the shopper: marked by Demo owner");
  await expect(staff.getByRole("button", { name: "Mark collected" })).toHaveCount(0);

  // The confirmation and exactly one ready-for-pick-up notice, which tells the shopper where to come.
  const rows = await backOffice.mailTo(email);
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "is ready for pick-up" })).toHaveCount(1);
  await staff.getByRole("link", { name: /is ready for pick-up/ }).click();
  const text = staff.getByTestId("mail-text");
  await expect(text).toContainText("is ready for pick-up at our store. Bring your order number with you.");
  await expect(text).toContainText("Pick up at Harbour Goods, 18 Harbour Road, Wan Chai");
  await expect(text).not.toContainText("Tracking number");

  // Collected by now: the shopper's page says so, not "ready for pick-up" any more, and so does their list.
  await page.reload();
  await expect(page.getByTestId("order-progress")).toHaveText("You collected this order. Thank you for shopping with us.");
  await expect(page.getByTestId("order-status")).toHaveText("Collected");
  await page.goto("/orders");
  await expect(page.getByRole("link", { name: /Collected/ })).toHaveCount(1);
});

test("staff correct a wrong tracking number, and the shopper gets exactly one corrected notice with the new number", async ({ page, backOffice }) => {
  const email = uniqueEmail("correct");
  const { orderId } = await guestPaysByCourier(page, email);
  const staff = backOffice.page;
  await backOffice.openPaidOrder(orderId);
  await backOffice.markShipped("SF Express", "SF-WRONG-1");
  await expect(staff.getByTestId("fulfilment-state")).toContainText("tracking number SF-WRONG-1");

  await staff.getByText("Correct the shipment").click();
  await expect(staff.getByLabel("Corrected carrier")).toHaveValue("SF Express");
  const tracking = staff.getByLabel("Corrected tracking number");
  await tracking.fill("SF RIGHT");
  await staff.getByRole("button", { name: "Save correction" }).click();
  await expect(staff.getByText("Letters, digits and dashes only.")).toBeVisible();

  await tracking.fill("SF-RIGHT-2");
  await staff.getByRole("button", { name: "Save correction" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Shipment corrected to SF Express, SF-RIGHT-2; the shopper's corrected notice is on its way." })).toBeVisible();
  await expect(staff.getByTestId("fulfilment-state")).toContainText("Shipped with SF Express, tracking number SF-RIGHT-2");
  await expect(staff.getByTestId("shipment-corrections")).toContainText("SF Express SF-WRONG-1 → SF Express SF-RIGHT-2, by Demo owner");
  await expect(staff.getByTestId("order-mail").filter({ hasText: "Corrected shipping notice to" })).toHaveCount(1);

  // Saving the same values again (a second click) changes nothing and mails nothing.
  await staff.getByRole("button", { name: "Save correction" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "already the order's carrier and tracking number" })).toBeVisible();
  await expect(staff.getByTestId("order-mail").filter({ hasText: "Corrected shipping notice to" })).toHaveCount(1);

  // The shopper's mailbox: the confirmation, the first notice, and one correction with the new number only.
  const rows = await backOffice.mailTo(email);
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "Correction:" })).toHaveCount(1);
  await staff.getByRole("link", { name: /^Correction: Order .* is on its way$/ }).click();
  const text = staff.getByTestId("mail-text");
  await expect(text).toContainText("Tracking number: SF-RIGHT-2.");
  await expect(text).not.toContainText("SF-WRONG-1");

  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId("order-progress")).toHaveText("Shipped with SF Express. Tracking number: SF-RIGHT-2.");
});

test("the packing slip shows the items and where they go, to staff only", async ({ page, backOffice, request }) => {
  const { orderId } = await guestPaysByCourier(page, uniqueEmail("slip"));
  const staff = backOffice.page;
  await backOffice.openPaidOrder(orderId);
  await staff.getByRole("link", { name: "Print packing slip" }).click();
  await expect(staff).toHaveURL(new RegExp(`/admin/orders/${orderId}/packing-slip$`));
  const reference = orderId.slice(0, 8).toUpperCase();
  await expect(staff.getByRole("heading", { name: `Packing slip · Order ${reference}` })).toBeVisible();
  await expect(staff.getByRole("heading", { name: "Ship to" })).toBeVisible();
  await expect(staff.getByTestId("packing-slip-destination").locator("address > span")).toHaveText([
    "Chan Tai Man",
    "Flat 3A, 18 Harbour Road",
    "Wan Chai",
    "Hong Kong Island",
  ]);
  await expect(staff.getByTestId("packing-slip-item")).toHaveCount(1);
  await expect(staff.getByTestId("packing-slip-item").getByRole("cell").first()).toHaveText("Jasmine Tea Tin");
  await expect(staff.getByTestId("packing-slip-count")).toHaveText("1");
  // Prices are not the packer's business.
  await expect(staff.getByText("HK$")).toHaveCount(0);
  await expect(staff.getByRole("button", { name: "Print" })).toBeVisible();

  // Without a session: sent to sign in, and nothing of the order in the answer; a bad id is a 404.
  const anonymous = await request.get(`/admin/orders/${orderId}/packing-slip`, { maxRedirects: 0 });
  expect(anonymous.status()).toBeGreaterThanOrEqual(300);
  expect(anonymous.status()).toBeLessThan(500);
  const body = await anonymous.text();
  expect(body).not.toContain("Harbour Road");
  expect(body).not.toContain("Jasmine Tea Tin");
  expect((await staff.goto("/admin/orders/not-a-uuid/packing-slip"))?.status()).toBe(404);
});

test("a shopper who paid in Chinese gets the shipping notice in Chinese @phone", async ({ page, backOffice }) => {
  const email = uniqueEmail("ship-zh");
  await addToCart(page, "jasmine-tea");
  await page.goto("/cart");
  await page.getByLabel("Language").selectOption({ label: "繁體中文 (香港)" });
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");
  await page.goto("/checkout");
  await page.getByLabel("電郵").fill(email);
  await page.getByRole("radio", { name: /速遞送貨上門/ }).check();
  await page.getByLabel("收件人姓名").fill("陳大文");
  await page.getByLabel("地址第一行").fill("港灣道 18 號 3A 室");
  await page.getByLabel("地區", { exact: true }).fill("灣仔");
  await page.getByLabel("區域").selectOption({ label: "香港島" });
  await page.getByRole("button", { name: "付款 HK$158.00" }).click();
  await page.waitForURL(/\/pms-payment\//);
  await page.getByRole("button", { name: /Approve payment|批准付款|確認付款/ }).click();
  await page.waitForURL(/\/checkout\/result\?/);
  const orderId = await latestOrderId(page);

  await backOffice.openPaidOrder(orderId);
  await backOffice.markShipped("順豐速運", "ZH-0001");
  await expect(backOffice.page.getByRole("status").filter({ hasText: "Marked shipped" })).toBeVisible();

  const rows = await backOffice.mailTo(email);
  await expect(rows.filter({ hasText: "已寄出" })).toHaveCount(1);
  await backOffice.page.getByRole("link", { name: /已寄出/ }).click();
  const text = backOffice.page.getByTestId("mail-text");
  await expect(text).toContainText("已由 順豐速運 寄出。追蹤號碼：ZH-0001。");
  await expect(text).toContainText("茉莉花茶罐 × 1: HK$128.00");
});

test("without a staff session the ship action changes nothing and the order page shows nothing; with one it ships; a bad id is a 404", async ({ page, backOffice, request }) => {
  const email = uniqueEmail("no-session");
  const { orderId } = await guestPaysByCourier(page, email);
  await backOffice.openPaidOrder(orderId);
  const staff = backOffice.page;

  // Capture the action's POST as the staff browser sends it, and stop it there.
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await staff.route(`**/admin/orders/${orderId}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = { headers: route.request().headers(), body: route.request().postDataBuffer()! };
    await route.abort();
  });
  await backOffice.markShipped("SF Express", "NOSESSION-1");
  await expect.poll(() => captured !== undefined).toBe(true);
  await staff.unroute(`**/admin/orders/${orderId}`);

  const action = {
    headers: { "next-action": captured!.headers["next-action"]!, "content-type": captured!.headers["content-type"]! },
    data: captured!.body,
    maxRedirects: 0,
  };

  // The same request with no cookies: the action sends it to sign in before touching anything.
  const replay = await request.post(`/admin/orders/${orderId}`, action);
  expect(replay.status()).toBeLessThan(500);
  expect(replay.headers()["x-action-redirect"]).toMatch(/^\/admin\/sign-in/);
  await staff.goto(`/admin/orders/${orderId}`);
  await expect(staff.getByTestId("fulfilment-state")).toHaveText("To fulfil: ship it.");
  await expect(staff.getByTestId("order-mail").filter({ hasText: "Shipping notice to" })).toHaveCount(0);

  // The very same request from the staff browser ships it: the refusal above was the missing session.
  const withSession = await staff.request.post(`/admin/orders/${orderId}`, action);
  expect(withSession.status()).toBe(200);
  await staff.reload();
  await expect(staff.getByTestId("fulfilment-state")).toContainText("tracking number NOSESSION-1 by Demo owner");
  await expect(await backOffice.mailTo(email)).toHaveCount(2);

  // The page itself: staff only, and an id that names no order is a 404, never a 500.
  const anonymous = await request.get(`/admin/orders/${orderId}`, { maxRedirects: 0 });
  expect(anonymous.status()).toBeGreaterThanOrEqual(300);
  expect(await anonymous.text()).not.toContain(email);
  expect((await staff.goto("/admin/orders/not-a-uuid"))?.status()).toBe(404);
  expect((await staff.goto("/admin/orders/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
});

test("a refund made in the PMS portal reaches the order when staff check with PMS from its Refunds panel", async ({ page, backOffice, sandboxConsole }) => {
  const { orderId, rrn } = await guestPaysByCourier(page, uniqueEmail("refund"));
  await backOffice.openPaidOrder(orderId);
  const staff = backOffice.page;
  const refunds = staff.getByRole("region", { name: "Refunds" });
  await expect(refunds).toContainText("Make the refund in the PMS merchant portal");

  // No notification will tell the shop: only the staff's check can bring the refund in.
  await sandboxConsole.fault("webhook-drop", "on");
  await sandboxConsole.act("Refund payment", rrn);
  await refunds.getByRole("button", { name: "Check with PMS now" }).click();
  await expect(refunds.getByRole("status")).toHaveText("PMS answered; the new status is applied.");
  await expect(staff.getByTestId("order-status")).toHaveText("refunded");
  await expect(refunds).toContainText("PMS reported this order's payment refunded.");
  await expect(staff.getByTestId("fulfilment-state")).toHaveText("Nothing to fulfil: the order is refunded.");
});
