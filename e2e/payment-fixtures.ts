import { expect, type BrowserContext, type Page } from "@playwright/test";

export const methods = [
  { type: "WXPAY", kind: "wallet" },
  { type: "ALIPAY", kind: "wallet" },
  { type: "ALIPAYOS", kind: "wallet" },
  { type: "FPSPAY", kind: "wallet" },
  { type: "VMPAY", kind: "card", approve: "4242 4242 4242 4242", decline: "4000 0000 0000 0002" },
  { type: "UNIONPAY", kind: "card", approve: "6200 0000 0000 0005", decline: "6200 0000 0000 0013" },
] as const;

export type Method = (typeof methods)[number];
export type MethodType = Method["type"];

/** A method by its PMS type, never by its position in a list. */
export function methodOf(type: MethodType): Method {
  return methods.find((method) => method.type === type)!;
}

export async function addToCart(page: Page, slug: string, quantity = 1) {
  await page.goto(`/products/${slug}`);
  await page.getByLabel("Quantity").selectOption(String(quantity));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status")).toContainText("Added");
}

export type CheckoutContact = { email?: string; phone?: string; courier?: { name: string; line1: string; district: string; region: string } };

/** Checkout's contact and delivery step (English labels); pick-up unless a courier address is given. */
export async function fillCheckoutDetails(page: Page, contact: CheckoutContact = {}) {
  await page.getByLabel("Email").fill(contact.email ?? "shopper@example.com");
  if (contact.phone) await page.getByLabel("Phone (optional)").fill(contact.phone);
  if (!contact.courier) {
    await page.getByRole("radio", { name: /Pick up at our store/ }).check();
    return;
  }
  await page.getByRole("radio", { name: /Courier to your address/ }).check();
  await page.getByLabel("Recipient name").fill(contact.courier.name);
  await page.getByLabel("Address line 1").fill(contact.courier.line1);
  await page.getByLabel("District").fill(contact.courier.district);
  await page.getByLabel("Region").selectOption({ label: contact.courier.region });
}

/** From the checkout page to the PMS payment page; returns the rrn the page shows. */
export async function payWith(page: Page, type: MethodType, contact?: CheckoutContact): Promise<string> {
  await page.goto("/checkout");
  await fillCheckoutDetails(page, contact);
  await page.locator(`input[name="method"][value="${type}"]`).check();
  await page.getByRole("button", { name: /^Pay HK\$/ }).click();
  await page.waitForURL(/\/pms-payment\//);
  return readRrn(page);
}

export async function readRrn(page: Page): Promise<string> {
  const rrn = await page.getByText(/^[0-9]{24}$/).first().textContent();
  expect(rrn).toMatch(/^[0-9]{24}$/);
  return rrn!.trim();
}

/** The payment page's controls in the sale's language (English, 繁體, 简体): it mixes none. */
export const paymentPageNames = {
  cardNumber: /^(Card number|卡號|卡号)$/,
  expiry: /^(Expiry date \(MM\/YY\)|到期日（月\/年）|有效期（月\/年）)$/,
  cvc: /^(Security code \(CVC\)|安全碼（卡背三位數字）|安全码（卡背三位数字）)$/,
  pay: /^(Pay|付款)$/,
  approve: /^(Approve payment|批准付款)$/,
  decline: /^(Decline payment|拒絕付款|拒绝付款)$/,
};

/** Fills the card form (a future expiry, any 3-digit CVC, unless given) and presses Pay. */
export async function payByCard(page: Page, number: string, card: { expiry?: string; cvc?: string } = {}) {
  await page.getByLabel(paymentPageNames.cardNumber).fill(number);
  await page.getByLabel(paymentPageNames.expiry).fill(card.expiry ?? "12/39");
  await page.getByLabel(paymentPageNames.cvc).fill(card.cvc ?? "123");
  await page.getByRole("button", { name: paymentPageNames.pay }).click();
}

/** Acts on the PMS payment page as the shopper would. */
export async function decideOnPaymentPage(page: Page, type: MethodType, decision: "approve" | "decline") {
  const method = methodOf(type);
  if (method.kind === "card") {
    await payByCard(page, decision === "approve" ? method.approve : method.decline);
  } else {
    await page.getByRole("button", { name: decision === "approve" ? paymentPageNames.approve : paymentPageNames.decline }).click();
  }
}

/** Staff sign-in with the credentials scripts/e2e-server.mjs sets. */
export async function signInAsStaff(page: Page) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill("staff@harbour.test");
  await page.getByLabel("Password").fill("e2e-staff-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** The sandbox console, as a merchant rehearsing bad days would use it (staff only in production). */
export class SandboxConsole {
  private constructor(private readonly page: Page) {}

  static async open(context: BrowserContext) {
    const page = await context.newPage();
    await signInAsStaff(page);
    await page.goto("/pms-sandbox");
    return new SandboxConsole(page);
  }

  async act(verb: "Approve payment" | "Decline payment" | "Time out payment" | "Refund payment", rrn: string) {
    await this.page.goto("/pms-sandbox");
    await this.page.getByRole("button", { name: `${verb} ${rrn}` }).click();
    await expect(this.page.getByRole("button", { name: `${verb} ${rrn}` })).toHaveCount(0);
  }

  async fault(name: string, mode: "on" | "off") {
    await this.page.goto("/pms-sandbox");
    await this.page.getByRole("button", { name: `Turn ${mode} ${name}` }).click();
    // The switch's badge says "on" (with its delay) or "off" once the action has been applied.
    const row = this.page.getByRole("listitem").filter({ has: this.page.locator("code", { hasText: new RegExp(`^${name}$`) }) });
    await expect(row.getByText(mode === "on" ? /^on( · \d+ ms)?$/ : /^off$/)).toBeVisible();
  }

  /** The back office's story of a payment (staff see each event's source; shoppers don't). */
  async paymentStory(rrn: string) {
    await this.page.goto(`/admin?rrn=${rrn}`);
    await this.page.getByRole("link", { name: `Story of payment ${rrn}` }).click();
    return this.page.getByTestId("payment-story");
  }

  /** Every switch back to the environment's setting (none in the e2e server): the fixture's teardown. */
  async resetFaults() {
    await this.page.goto("/pms-sandbox");
    await this.page.getByRole("button", { name: "Reset all to environment" }).click();
    await expect(this.page.getByText(/^on( · \d+ ms)?$/)).toHaveCount(0);
  }

  async close() {
    await this.page.close();
  }
}

/** Waits until the order this browser placed most recently shows `status`, reloading as a shopper would. */
export async function expectLatestOrderStatus(page: Page, status: string, timeout = 45_000) {
  await page.goto("/orders");
  const href = await page.getByRole("link", { name: /^Order / }).first().getAttribute("href");
  await page.goto(href!);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("order-status")).toHaveText(status, { timeout: 1_000 });
  }).toPass({ timeout, intervals: [1_000] });
}
