import { expect, test } from "./fixtures";

// The public catalog is served as cached HTML, one copy per language (docs/decisions/009).

test("catalog pages come from the cache, in the shopper's language, under the policy without a nonce", async ({ request, baseURL }) => {
  await request.get("/products/jasmine-tea");
  const again = await request.get("/products/jasmine-tea");
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  // Cached per language behind one public URL: no shared cache may keep it.
  expect(again.headers()["cache-control"]).toBe("private, no-cache");
  expect(again.headers()["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
  expect(await again.text()).not.toContain("nonce=");

  const chinese = await request.get("/products/jasmine-tea", { headers: { cookie: "NEXT_LOCALE=zh-HK" } });
  expect(await chinese.text()).toMatch(/<html lang="zh-HK"/);
  const byBrowserLanguage = await request.get("/", { headers: { "accept-language": "zh-CN,zh;q=0.9" } });
  expect(await byBrowserLanguage.text()).toMatch(/<html lang="zh-CN"/);

  // The internal path is not a way around the language choice.
  expect((await request.get(`${baseURL}/cached/en/products/jasmine-tea`)).status()).toBe(404);
});

test("the cart count on a cached page is each shopper's own", async ({ page, browser, shop }) => {
  await shop.addProduct("Bamboo Steamer", 2);
  await expect(shop.cartCount()).toHaveText("2");

  const stranger = await browser.newContext();
  const theirs = await stranger.newPage();
  await theirs.goto("/products/bamboo-steamer");
  await expect(theirs.getByTestId("cart-count")).toHaveText("0");
  await expect(theirs.getByRole("link", { name: "Cart is empty" })).toBeVisible();
  await stranger.close();

  await page.reload();
  await expect(shop.cartCount()).toHaveText("2");
  await expect(page.getByRole("link", { name: "2 items in cart" })).toBeVisible();
});

test("a paid order's stock shows on the cached product page at the next request, in every language", async ({ page, context, baseURL, checkout }) => {
  await page.goto("/products/clay-teapot");
  await expect(page.getByTestId("stock-status")).toHaveText("Only 6 left");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-HK", url: baseURL! }]);
  await page.goto("/products/clay-teapot");
  await expect(page.getByTestId("stock-status")).toHaveText("只剩 6 件");
  await context.clearCookies({ name: "NEXT_LOCALE" });

  await checkout.addToCart("clay-teapot", 2);
  await checkout.payWith("WXPAY");
  await checkout.decide("WXPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();

  await page.goto("/products/clay-teapot");
  await expect(page.getByTestId("stock-status")).toHaveText("Only 4 left");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-HK", url: baseURL! }]);
  await page.goto("/products/clay-teapot");
  await expect(page.getByTestId("stock-status")).toHaveText("只剩 4 件");
});
