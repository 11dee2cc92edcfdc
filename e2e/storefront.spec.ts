import { expectNoSeriousA11yViolations } from "./a11y";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test, type CheckoutFlow } from "./fixtures";

type Lang = "en" | "zh-HK" | "zh-CN";

async function useLanguage(context: BrowserContext, baseURL: string | undefined, locale: Lang) {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "http://localhost" }]);
}

/** Card prices in grid order, read from the cards' links ("View X HK$1.00"). */
async function cardPrices(page: Page): Promise<number[]> {
  const labels = await page.getByTestId("product-grid").getByRole("link").allTextContents();
  return labels.map((label) => Number(/HK\$([\d,]+\.\d\d)/.exec(label)![1]!.replace(/,/g, "")));
}

/** Checkout's contact and delivery, by field name, so it reads the same in every language. */
async function fillDetailsInAnyLanguage(page: Page) {
  await page.locator('input[name="email"]').fill("shopper@example.com");
  await page.locator('input[name="delivery"][value="pickup"]').check();
}

/** From checkout to the paid result page with WeChat Pay, whatever the interface language. */
async function payWithWallet(page: Page, checkout: CheckoutFlow) {
  await page.goto("/checkout");
  await fillDetailsInAnyLanguage(page);
  await page.locator('input[name="method"][value="WXPAY"]').check();
  await page.locator('form:has(input[name="method"]) button[type="submit"]').click();
  await page.waitForURL(/\/pms-payment\//);
  await checkout.decide("WXPAY", "approve", page);
  await page.waitForURL(/\/checkout\/result/);
}

const runs = [
  { device: "desktop", tag: "", lang: "en" as Lang },
  { device: "phone", tag: " @phone", lang: "zh-HK" as Lang },
];

const text = {
  en: { search: "Search the shop", noMatch: "Nothing matches", outAndAbout: "Out & about", sort: "Sort by", inStock: "In stock only", apply: "Apply" },
  "zh-HK": { search: "搜尋商店", noMatch: "找不到", outAndAbout: "外出用品", sort: "排序", inStock: "只顯示有貨", apply: "套用" },
  "zh-CN": { search: "搜索商店", noMatch: "没有找到", outAndAbout: "出行用品", sort: "排序", inStock: "仅显示有货", apply: "应用" },
};

for (const run of runs) {
  const t = text[run.lang];

  test(`search from the header box finds 茶 in every language's names; nothing found suggests categories (${run.device}, ${run.lang})${run.tag}`, async ({ page, context, baseURL }) => {
    await useLanguage(context, baseURL, run.lang);
    await page.goto("/");
    await page.getByRole("searchbox", { name: t.search }).fill("茶");
    await page.getByRole("searchbox", { name: t.search }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=%E8%8C%B6/);
    const grid = page.getByTestId("product-grid");
    for (const slug of ["jasmine-tea", "tieguanyin-oolong", "puer-tea-cake", "tea-sock-strainer", "clay-teapot"]) {
      await expect(grid.locator(`a[href="/products/${slug}"]`)).toBeVisible();
    }
    await expect(grid.locator('a[href="/products/tram-model"]')).toHaveCount(0);

    await page.goto("/search?q=ferry");
    await expect(grid.locator('a[href="/products/star-ferry-tote"]')).toBeVisible();

    await page.goto("/search?q=zzzz");
    await expect(page.getByText(t.noMatch)).toBeVisible();
    await page.getByRole("link", { name: t.outAndAbout }).click();
    await expect(page).toHaveURL(/\/categories\/out-and-about$/);
  });

  test(`a category sorts by price and filters to what is in stock; two columns on a phone (${run.device}, ${run.lang})${run.tag}`, async ({ page, context, baseURL }) => {
    await useLanguage(context, baseURL, run.lang);
    await page.goto("/");
    await page.getByRole("link", { name: t.outAndAbout }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.outAndAbout);
    await page.getByLabel(t.sort).selectOption("price-asc");
    await page.getByLabel(t.inStock).check();
    await page.getByRole("button", { name: t.apply }).click();
    await expect(page).toHaveURL(/sort=price-asc/);
    await expect(page).toHaveURL(/instock=1/);
    // The listing streams in after the URL changes: wait for the cards, then read them.
    await expect.poll(async () => (await cardPrices(page)).length).toBeGreaterThanOrEqual(4);
    const prices = await cardPrices(page);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));

    await page.getByLabel(t.sort).selectOption("price-desc");
    await page.getByRole("button", { name: t.apply }).click();
    await expect(page).toHaveURL(/sort=price-desc/);
    await expect.poll(() => cardPrices(page)).toEqual([...prices].reverse());

    const cards = page.getByTestId("product-grid").getByRole("listitem");
    const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    if (run.device === "phone") {
      expect(first!.y).toBe(second!.y);
      expect(second!.x).toBeGreaterThan(first!.x + first!.width - 1);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

const headerText = {
  en: { shop: "Shop", search: "Search" },
  "zh-HK": { shop: "商店", search: "搜尋" },
  "zh-CN": { shop: "商店", search: "搜索" },
};

for (const lang of ["en", "zh-HK", "zh-CN"] as const) {
  test(`the header on a phone: every link shown, nothing wraps or overflows (${lang}) @phone`, async ({ page, context, baseURL }) => {
    await useLanguage(context, baseURL, lang);
    for (const path of ["/", "/cart"]) {
      await page.goto(path);
      const header = page.getByRole("banner");
      await expect(header.getByRole("navigation").getByRole("link", { name: headerText[lang].shop, exact: true })).toBeVisible();
      const search = header.getByRole("button", { name: headerText[lang].search, exact: true });
      const box = page.getByRole("searchbox");
      // One line: the button is no taller than the box beside it (搜/尋 stacked made it twice as tall).
      expect((await search.boundingBox())!.height).toBeLessThanOrEqual((await box.boundingBox())!.height + 2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  });
}

test("a variant has its own price; a sold-out size cannot be chosen, and the server refuses it too", async ({ page }) => {
  await page.goto("/products/ding-ding-tee");
  const sizes = page.getByRole("group", { name: "Size" });
  await expect(sizes.getByRole("radio", { name: "M (Sold out)" })).toBeDisabled();
  await expect(page.getByTestId("product-price")).toHaveText("HK$198.00");
  await sizes.getByText("XL", { exact: true }).click();
  await expect(page.getByTestId("product-price")).toHaveText("HK$218.00");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status")).toHaveText("Added Ding Ding T-shirt (XL) to your cart.");

  // A hostile browser re-enables the sold-out size: the server still says no.
  await page.getByRole("radio", { name: "M (Sold out)" }).evaluate((input: HTMLInputElement) => {
    input.disabled = false;
    input.checked = true;
  });
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status")).toHaveText("Sorry, that is sold out now.");

  await page.goto("/cart");
  await expect(page.getByTestId("cart-line")).toHaveCount(1);
  await expect(page.getByTestId("cart-line")).toContainText("Ding Ding T-shirt (XL)");
  await expect(page.getByTestId("cart-subtotal")).toHaveText("HK$218.00");
});

test("選擇尺碼：售罄的尺碼不能選，其他尺碼可以加入購物車 @phone", async ({ page, context, baseURL }) => {
  await useLanguage(context, baseURL, "zh-HK");
  await page.goto("/products/kung-fu-slippers");
  const sizes = page.getByRole("group", { name: "尺碼" });
  await expect(sizes.getByRole("radio", { name: "歐碼 40 (售罄)" })).toBeDisabled();
  await sizes.getByText("歐碼 44", { exact: true }).click();
  await expect(page.getByTestId("product-price")).toHaveText("HK$178.00");
  await page.getByRole("button", { name: "加入購物車" }).click();
  await expect(page.getByRole("status")).toContainText("功夫鞋（歐碼 44）");
});

for (const run of runs) {
  test(`paying takes the goods off the shelf once; the result page lists the items (${run.device}, ${run.lang})${run.tag}`, async ({ page, context, baseURL, checkout }) => {
    await useLanguage(context, baseURL, run.lang);
    await page.goto("/products/puer-tea-cake");
    const before = Number(/(\d+)/.exec((await page.getByTestId("stock-status").textContent()) ?? "")![1]);
    await page.locator('form:has(input[name="variantId"]) button[type="submit"]').click();
    await expect(page.getByTestId("cart-count")).toHaveText("1");
    await payWithWallet(page, checkout);
    const summary = page.getByTestId("order-summary");
    await expect(summary).toContainText(run.lang === "en" ? "Pu'er Tea Cake × 1" : "普洱茶餅 × 1");
    await expect(page.getByTestId("order-summary-total")).toHaveText("HK$388.00");
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ colorScheme: "light" });

    await page.goto("/products/puer-tea-cake");
    await expect(page.getByTestId("stock-status")).toContainText(String(before - 1));
    // Looking again (the result page, a reload) never takes more.
    await page.goBack();
    await page.reload();
    await page.goto("/products/puer-tea-cake");
    await expect(page.getByTestId("stock-status")).toContainText(String(before - 1));
  });
}

test("the PMS sandbox page offers 'cancel and return to the shop' while pending", async ({ page }) => {
  await page.goto("/products/red-packets");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
  await page.goto("/checkout");
  await fillDetailsInAnyLanguage(page);
  await page.locator('input[name="method"][value="VMPAY"]').check();
  await page.getByRole("button", { name: /^Pay HK\$/ }).click();
  await page.waitForURL(/\/pms-payment\//);
  await page.getByRole("button", { name: "Cancel and return to the shop" }).click();
  await page.waitForURL(/\/checkout\/result/);
  await expect(page.getByRole("heading", { name: "The payment did not go through" })).toBeVisible();
});

test("home, category, product, cart and checkout have no serious accessibility violations, light and dark", async ({ page }) => {
  test.setTimeout(120_000);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/", "/categories/tea", "/products/ding-ding-tee", "/search?q=zzzz"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    }
  }
  await page.goto("/products/harbour-postcards");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/cart", "/checkout"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    }
  }
  // The product card's focus ring is drawn, not clipped.
  await page.goto("/");
  const card = page.getByRole("link", { name: /^View Enamel Milk Tea Cup\s+HK\$88\.00$/ });
  await card.focus();
  await expect(card).toHaveCSS("outline-style", "solid");
});

test("search engines: titles, descriptions, share cards, canonical URL, Product JSON-LD, sitemap and robots", async ({ page, request, context, baseURL }) => {
  await useLanguage(context, baseURL, "zh-CN");
  await page.goto("/products/bucket-hat");
  await expect(page).toHaveTitle("海港渔夫帽 · 港湾好物");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /水洗棉渔夫帽/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/products\/bucket-hat$/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/products\/bucket-hat\.svg$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "zh_CN");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Product", name: "海港渔夫帽" });
  expect(jsonLd.offers).toContainEqual(expect.objectContaining({ priceCurrency: "HKD", price: "148.00", availability: "https://schema.org/InStock" }));
  expect(jsonLd.offers).toContainEqual(expect.objectContaining({ price: "158.00", availability: "https://schema.org/OutOfStock" }));

  expect((await request.get("/categories/no-such-category")).status()).toBe(404);

  const robots = await (await request.get("/robots.txt")).text();
  for (const path of ["/admin", "/account", "/dev", "/pms-payment", "/pms-sandbox"]) expect(robots).toContain(`Disallow: ${path}`);
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/products/ding-ding-tee</loc>");
  expect(sitemap).toContain("/categories/tea</loc>");
  expect(sitemap).not.toContain("/admin");

  const art = await request.get("/products/bucket-hat.svg");
  expect(art.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const productPage = await request.get("/products/bucket-hat");
  expect(productPage.headers()["cache-control"] ?? "").not.toContain("immutable");
});
