import { expect, test } from "./fixtures";

test("browse, add two products, change a quantity, reload: the cart is intact", async ({ page, shop }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Everyday things from Hong Kong");
  await expect(page.getByTestId("product-grid").getByRole("listitem")).toHaveCount(24);

  await shop.addProduct("Enamel Milk Tea Cup");
  await expect(shop.cartCount()).toHaveText("1");
  await shop.addProduct("Star Ferry Canvas Tote", 2);
  await expect(shop.cartCount()).toHaveText("3");

  await shop.openCart();
  const lines = page.getByTestId("cart-line");
  await expect(lines).toHaveCount(2);
  await expect(page.getByTestId("cart-subtotal")).toHaveText("HK$424.00");

  await page.getByRole("button", { name: "Increase quantity of Enamel Milk Tea Cup" }).click();
  await expect(page.getByTestId("cart-subtotal")).toHaveText("HK$512.00");
  await page.getByRole("button", { name: "Decrease quantity of Star Ferry Canvas Tote" }).click();
  await expect(page.getByTestId("cart-subtotal")).toHaveText("HK$344.00");
  await expect(shop.cartCount()).toHaveText("3");

  await page.reload();
  await expect(lines).toHaveCount(2);
  await expect(lines.filter({ hasText: "Enamel Milk Tea Cup" }).getByTestId("line-quantity")).toHaveText("2");
  await expect(page.getByTestId("cart-subtotal")).toHaveText("HK$344.00");

  await page.getByRole("button", { name: "Remove Star Ferry Canvas Tote" }).click();
  await expect(lines).toHaveCount(1);
  await page.getByRole("button", { name: "Remove Enamel Milk Tea Cup" }).click();
  await expect(page.getByText("Your cart is empty.")).toBeVisible();
  await expect(shop.cartCount()).toHaveText("0");
});

test("the cart survives a browser restart: the cookie is persistent, httpOnly and SameSite=Lax", async ({ browser, page, shop }) => {
  await shop.addProduct("Jasmine Tea Tin", 3);
  const state = await page.context().storageState();
  const cartCookie = state.cookies.find((cookie) => cookie.name === "cart");
  expect(cartCookie?.httpOnly).toBe(true);
  expect(cartCookie?.sameSite).toBe("Lax");
  expect(cartCookie?.expires).toBeGreaterThan(Date.now() / 1000 + 60 * 60 * 24 * 300);

  const restarted = await browser.newContext({ storageState: state });
  const again = await restarted.newPage();
  await again.goto("/cart");
  await expect(again.getByTestId("cart-line")).toHaveCount(1);
  await expect(again.getByTestId("cart-subtotal")).toHaveText("HK$384.00");
  await restarted.close();
});

test("switching language changes labels, never totals, and persists", async ({ page, shop }) => {
  await shop.addProduct("Neon Sign Desk Lamp");
  await shop.addProduct("Dim Sum Notebook", 2);
  await shop.openCart();
  await expect(page.getByTestId("cart-subtotal")).toHaveText("HK$510.00");

  await shop.chooseLanguage("繁體中文 (香港)");
  await expect(page.getByRole("heading", { name: "你的購物車" })).toBeVisible();
  await expect(page.getByRole("link", { name: "霓虹招牌枱燈" })).toBeVisible();
  await expect(page.getByTestId("cart-subtotal")).toHaveText("HK$510.00");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");

  await shop.chooseLanguage("简体中文");
  await expect(page.getByRole("heading", { name: "你的购物车" })).toBeVisible();
  await expect(page.getByTestId("cart-subtotal")).toHaveText("HK$510.00");

  await page.reload();
  await expect(page.getByRole("heading", { name: "你的购物车" })).toBeVisible();
  await page.goto("/products/dim-sum-notebook");
  await expect(page.getByTestId("product-price")).toHaveText("HK$45.00");
  await expect(page.getByRole("button", { name: "加入购物车" })).toBeVisible();
});

test("a product page that does not exist is a 404 with a way back", async ({ page }) => {
  const response = await page.goto("/products/no-such-thing");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Go to the shop" })).toBeVisible();
});

test("bad input to the cart is refused and changes nothing", async ({ page, shop }) => {
  await shop.addProduct("Bamboo Steamer");
  await shop.openCart();
  // Tamper with the form the way a hostile browser could.
  await page.locator('input[name="variantId"]').first().evaluate((input: HTMLInputElement) => {
    input.value = "not-a-number";
  });
  await page.getByRole("button", { name: "Increase quantity of Bamboo Steamer" }).click();
  await expect(page.getByText("That request was not valid. Please try again.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("line-quantity")).toHaveText("1");
});

test("on a phone the same flow is usable @phone", async ({ page, shop }) => {
  await page.goto("/");
  const viewport = page.viewportSize();
  expect(viewport && viewport.width).toBeLessThan(500);
  await shop.addProduct("Typhoon Umbrella", 2);
  await expect(shop.cartCount()).toHaveText("2");
  await shop.openCart();
  const increase = page.getByRole("button", { name: "Increase quantity of Typhoon Umbrella" });
  await expect(increase).toBeInViewport();
  await increase.click();
  await expect(page.getByTestId("cart-subtotal")).toHaveText("HK$594.00");
  // Nothing overflows sideways on a small screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
