import { test as base, expect, type Page } from "@playwright/test";
import {
  addToCart,
  decideOnPaymentPage,
  expectLatestOrderStatus,
  payWith,
  SandboxConsole,
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

export const test = base.extend<{ shop: ShopPage; checkout: CheckoutFlow; sandboxConsole: SandboxConsole }>({
  shop: async ({ page }, use) => {
    await use(new ShopPage(page));
    // Clean up: drop the cart the test made, so no state leaks between tests.
    await page.context().clearCookies();
  },
  checkout: async ({ page }, use) => {
    await use(new CheckoutFlow(page));
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
});

export { expect };
