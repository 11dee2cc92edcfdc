import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import {
  addToCart,
  decideOnPaymentPage,
  expectLatestOrderStatus,
  payWith,
  SandboxConsole,
  signInAsStaff,
  type CheckoutContact,
  type MethodType,
} from "./payment-fixtures";

/** Page objects for the shop; each test gets a fresh browser context, so a fresh cart. */
export class ShopPage {
  constructor(readonly page: Page) {}

  async addProduct(name: RegExp | string, quantity = 1) {
    await this.page.goto("/");
    await this.page.getByRole("link", { name: new RegExp(`View ${typeof name === "string" ? name : name.source}`) }).click();
    await this.page.getByLabel("Quantity").selectOption(String(quantity));
    await this.page.getByRole("button", { name: "Add to cart" }).click();
    await expect(this.page.getByRole("status")).toContainText("Added");
  }

  cartCount() {
    return this.page.getByTestId("cart-count");
  }

  async openCart() {
    await this.page.getByRole("link", { name: /in cart|Cart is empty/ }).click();
    await expect(this.page).toHaveURL(/\/cart$/);
  }

  async chooseLanguage(label: string) {
    await this.page.getByLabel(/Language|語言|语言/).selectOption({ label });
  }
}

/** The shopper's way through checkout and the PMS payment page, on a given page (the test's own by default). */
export class CheckoutFlow {
  constructor(readonly page: Page) {}

  addToCart(slug: string, quantity = 1, page = this.page) {
    return addToCart(page, slug, quantity);
  }

  /** From the checkout page to the PMS payment page; returns the rrn the page shows. */
  payWith(type: MethodType, page = this.page) {
    return payWith(page, type);
  }

  decide(type: MethodType, decision: "approve" | "decline", page = this.page) {
    return decideOnPaymentPage(page, type, decision);
  }

  expectLatestOrderStatus(status: string, timeout?: number, page = this.page) {
    return expectLatestOrderStatus(page, status, timeout);
  }
}

/** Shoppers placing orders, each in a browser of its own (so carts never merge); closed after the test. */
export class OrderPlacer {
  private readonly contexts: BrowserContext[] = [];
  constructor(private readonly browser: Browser) {}

  /** Adds one product, checks out with `contact`, and approves or declines on the PMS page; returns the rrn. */
  async place({ method = "WXPAY", contact, decision }: { method?: MethodType; contact: CheckoutContact; decision: "approve" | "decline" }) {
    const context = await this.browser.newContext();
    this.contexts.push(context);
    const page = await context.newPage();
    await addToCart(page, "jasmine-tea");
    const rrn = await payWith(page, method, contact);
    await decideOnPaymentPage(page, method, decision);
    if (decision === "approve") await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
    else await page.waitForURL(/\/checkout\/result\?/);
    return rrn;
  }

  async close() {
    await Promise.all(this.contexts.map((context) => context.close()));
  }
}

/** The back office's orders list, on the test's own page, signed in as staff. */
export class StaffOrders {
  constructor(readonly page: Page) {}

  async signIn() {
    await signInAsStaff(this.page);
  }

  /** Filters through the page's GET form, as staff would. */
  async filter({ view, q, delivery }: { view: "To fulfil" | "All orders"; q?: string; delivery?: "Courier" | "Pick-up" | "Any" }) {
    await this.page.goto("/admin/orders");
    await this.page.getByLabel("Show").selectOption({ label: view });
    if (q !== undefined) await this.page.getByLabel("Search").fill(q);
    if (delivery) await this.page.getByLabel("Delivery").selectOption({ label: delivery });
    await this.page.getByRole("button", { name: "Filter" }).click();
    await this.page.waitForURL(/\/admin\/orders\?/);
  }

  rows() {
    return this.page.getByRole("table", { name: /^Orders/ }).getByTestId("order-row");
  }

  /** The order references the table shows, top to bottom (from each row's "Order <REF>" link). */
  async references(): Promise<string[]> {
    const names = await this.rows().getByRole("link", { name: /^Order / }).allInnerTexts();
    return names.map((name) => name.replace(/^Order\s*/, "").trim());
  }
}

/** Staff at the back office, signed in, in a browser of their own (never the shopper's cookies). */
export class BackOffice {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, options: BrowserContextOptions) {
    const page = await (await browser.newContext(options)).newPage();
    await signInAsStaff(page);
    return new BackOffice(page);
  }

  /** The staff order page, once the order is paid (the result page confirms it with PMS; the reload waits for that). */
  async openPaidOrder(orderId: string) {
    await expect(async () => {
      await this.page.goto(`/admin/orders/${orderId}`);
      await expect(this.page.getByTestId("order-status")).toHaveText("paid", { timeout: 1_000 });
    }).toPass({ timeout: 30_000, intervals: [1_000] });
  }

  async markShipped(carrier: string, trackingNumber: string) {
    await this.page.getByLabel("Carrier").fill(carrier);
    await this.page.getByLabel("Tracking number").fill(trackingNumber);
    await this.page.getByRole("button", { name: "Mark shipped" }).click();
  }

  /** The rows of /dev/mailbox for one recipient (staff only in a production demo). */
  async mailTo(email: string) {
    await this.page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    return this.page.getByTestId("mail-row");
  }

  async close() {
    await this.page.context().close();
  }
}

/** The id of the order this browser placed most recently, from its order list. */
export async function latestOrderId(page: Page): Promise<string> {
  await page.goto("/orders");
  const href = await page.locator('a[href^="/orders/"]').first().getAttribute("href");
  return href!.split("/").pop()!.split("?")[0]!;
}

/** A made-up client address (198.18.0.0/15 is for benchmarks), one per test. */
export const madeUpAddress = () => `198.18.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

export const test = base.extend<{ shop: ShopPage; checkout: CheckoutFlow; sandboxConsole: SandboxConsole; orders: OrderPlacer; staffOrders: StaffOrders; backOffice: BackOffice }>({
  // The suite's server trusts one proxy (TRUSTED_PROXY_HOPS=1 in scripts/e2e-server.mjs) and the suite
  // plays it: each test is a shopper from an address of its own, as behind a load balancer, so the
  // per-address throttles (sign-in lockout, sign-in links) of one test never reach another. Every
  // context the test opens, its own page's and browser.newContext()'s, sends it.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    await use({ ...extraHTTPHeaders, "x-forwarded-for": madeUpAddress() });
  },
  shop: async ({ page }, use) => {
    await use(new ShopPage(page));
    // Clean up: drop the cart the test made, so no state leaks between tests.
    await page.context().clearCookies();
  },
  checkout: async ({ page }, use) => {
    await use(new CheckoutFlow(page));
  },
  orders: async ({ browser }, use) => {
    const placer = new OrderPlacer(browser);
    await use(placer);
    await placer.close();
  },
  staffOrders: async ({ page }, use) => {
    await use(new StaffOrders(page));
  },
  // The merchant's console, in a browser of its own, signed in as staff. Whatever fault a test
  // turns on is switched back afterwards, pass or fail.
  sandboxConsole: async ({ browser }, use) => {
    const merchant = await browser.newContext();
    const sandbox = await SandboxConsole.open(merchant);
    await use(sandbox);
    await sandbox.resetFaults();
    await merchant.close();
  },
  // Staff on the same kind of device as the test's project (desktop or phone).
  backOffice: async ({ browser, viewport, userAgent, isMobile, hasTouch, deviceScaleFactor }, use) => {
    const office = await BackOffice.open(browser, { viewport, isMobile, hasTouch, deviceScaleFactor, ...(userAgent && { userAgent }) });
    await use(office);
    await office.close();
  },
});

export { expect };
