import { test as base, expect, type Page } from "@playwright/test";

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

export const test = base.extend<{ shop: ShopPage }>({
  shop: async ({ page }, use) => {
    await use(new ShopPage(page));
    // Clean up: drop the cart the test made, so no state leaks between tests.
    await page.context().clearCookies();
  },
});

export { expect };
