import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addToCart, expectLatestOrderStatus, payWith, SandboxConsole, signInAsStaff } from "./payment-fixtures";

const address = { name: "Chan Tai Man", line1: "Flat 3A, 18 Harbour Road", district: "Wan Chai", region: "Hong Kong Island" };
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

/** The payment's id, as staff see it in the back office (the webhook URL carries it). */
async function paymentIdOf(browser: Browser, rrn: string): Promise<string> {
  const staff = await browser.newContext();
  const page = await staff.newPage();
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill("staff@harbour.test");
  await page.getByLabel("Password").fill("e2e-staff-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/admin$/);
  await page.goto(`/admin?rrn=${rrn}`);
  const href = await page.getByRole("link", { name: `Story of payment ${rrn}` }).getAttribute("href");
  await staff.close();
  return href!.split("/").pop()!;
}

/** What /dev/mailbox holds for one recipient (demo mode keeps mail in the outbox; staff only in production). */
async function openMailbox(page: Page, email: string) {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  return page.getByTestId("mail-row");
}

test("a guest pays with a courier address and gets exactly one confirmation, even under 50 duplicate webhooks", async ({ page, browser, request }) => {
  const email = uniqueEmail("guest");
  await addToCart(page, "jasmine-tea");
  const rrn = await payWith(page, "WXPAY", { email, courier: address });
  await page.goto("about:blank");
  const paymentId = await paymentIdOf(browser, rrn);
  const sandbox = await SandboxConsole.open(page.context());
  await sandbox.act("Approve payment", rrn);
  await sandbox.close();
  const answers = await Promise.all(
    Array.from({ length: 50 }, () => request.post(`/api/pms/webhook/${paymentId}`, { data: { rrn, storeCode: "ST01", type: "WXPAY" } })),
  );
  expect(answers.map((answer) => answer.status()).every((status) => status === 200)).toBe(true);
  await expectLatestOrderStatus(page, "Paid");

  const rows = await openMailbox(page, email);
  await expect(rows).toHaveCount(1);
  await page.getByRole("link", { name: /is paid/ }).click();
  const text = page.getByTestId("mail-text");
  await expect(text).toContainText("Jasmine Tea Tin × 1: HK$128.00");
  await expect(text).toContainText("Delivery: HK$30.00");
  await expect(text).toContainText("Total: HK$158.00");
  await expect(text).toContainText("Courier to Chan Tai Man, Flat 3A, 18 Harbour Road");
  // Later copies of the webhook still write no second confirmation.
  await Promise.all(Array.from({ length: 10 }, () => request.post(`/api/pms/webhook/${paymentId}`, { data: { rrn } })));
  await expect(await openMailbox(page, email)).toHaveCount(1);
});

test("a shopper paying in Chinese gets the confirmation in Chinese @phone", async ({ page }) => {
  const email = uniqueEmail("zh");
  await addToCart(page, "jasmine-tea");
  await page.goto("/cart");
  await page.getByLabel("Language").selectOption({ label: "繁體中文 (香港)" });
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");
  await page.goto("/checkout");
  await page.getByLabel("電郵").fill(email);
  await page.getByRole("radio", { name: /門市自取/ }).check();
  await page.getByRole("button", { name: "付款 HK$128.00" }).click();
  await page.waitForURL(/\/pms-payment\//);
  await page.getByRole("button", { name: /Approve payment|批准付款|確認付款/ }).click();
  await page.waitForURL(/\/checkout\/result\?/);
  await expect(page.getByTestId("order-breakdown")).toContainText("免費");
  await expect(page.getByTestId("paid-next-steps")).toContainText(`確認電郵將寄往 ${email}。`);
  await expect(page.getByTestId("paid-next-steps")).toContainText("請於港灣好物 Harbour Goods 門市自取");
  await signInAsStaff(page);
  const rows = await openMailbox(page, email);
  await expect(rows).toHaveCount(1);
  await page.getByRole("link", { name: /已付款/ }).click();
  await expect(page.getByTestId("mail-text")).toContainText("茉莉花茶罐 × 1: HK$128.00");
  await expect(page.getByTestId("mail-text")).toContainText("運費: 免費");
});

test("in a production demo the mailbox is for staff only, and a message that does not exist is a 404", async ({ page }) => {
  await page.goto("/dev/mailbox");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await expect(page.getByTestId("mail-row")).toHaveCount(0);
  await signInAsStaff(page);
  const missing = await page.goto("/dev/mailbox/999999999");
  expect(missing?.status()).toBe(404);
});
