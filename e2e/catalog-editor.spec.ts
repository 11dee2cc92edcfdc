import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { expect, latestOrderId, test as base } from "./fixtures";
import { addToCart, decideOnPaymentPage, payWith, signInAsStaff } from "./payment-fixtures";

// Staff edit the catalog through the editor, and the shop shows it at the next request.
// Every product here is made by the test that uses it (names carry a run stamp, so the
// desktop and phone runs never find each other's), and archived afterwards.

const digits = "〇一二三四五六七八九";
/** A stamp in Chinese numerals, so a Chinese search can find exactly this run's product. */
const chineseStamp = (stamp: string) => [...stamp].map((digit) => digits[Number(digit)]).join("");

type Made = { id: string; slug: string; sku: string; nameEn: string; nameZhHK: string };

async function openEditorForNew(page: Page) {
  await page.goto("/admin/products/new");
  await expect(page.getByRole("heading", { name: "New product" })).toBeVisible();
}

async function fillProduct(page: Page, made: Omit<Made, "id">, price: string) {
  await page.getByLabel(/^Name \(English\)/).fill(made.nameEn);
  await page.getByLabel(/^Name \(繁體中文\)/).fill(made.nameZhHK);
  await page.getByLabel(/^Name \(简体中文\)/).fill(made.nameZhHK.replace("燈籠", "灯笼"));
  await page.getByLabel(/^Description \(English\)/).fill("A paper lantern, folded flat, for the Mid-Autumn festival.");
  await page.getByLabel(/^Description \(繁體中文\)/).fill("摺疊紙燈籠，中秋節用。");
  await page.getByLabel(/^Slug/).fill(made.slug);
  await page.getByLabel("Status").selectOption("published");
  await page.getByLabel("Variants differ by").selectOption("size");
  await page.getByRole("button", { name: "Add a variant" }).click();
  const sizes = [
    { sku: made.sku, price, stock: "5", en: "Small", zh: "小" },
    { sku: `${made.sku}-l`, price: "68.00", stock: "2", en: "Large", zh: "大" },
  ];
  for (const [index, size] of sizes.entries()) {
    const variant = page.getByRole("listitem", { name: `Variant ${index + 1}` });
    await variant.getByLabel("SKU").fill(size.sku);
    await variant.getByLabel("Price (HK$)").fill(size.price);
    await variant.getByLabel("Stock").fill(size.stock);
    await variant.getByLabel(/^Size label \(English\)/).fill(size.en);
    await variant.getByLabel(/^Size label \(繁體中文\)/).fill(size.zh);
  }
}

/** Creates and publishes a lantern through the editor; returns where it lives. */
async function createLantern(page: Page, stamp: string, price = "48.00"): Promise<Made> {
  const made = { slug: `lantern-${stamp}`, sku: `lantern-${stamp}`, nameEn: `Paper Lantern ${stamp}`, nameZhHK: `紙燈籠${chineseStamp(stamp)}` };
  await openEditorForNew(page);
  await fillProduct(page, made, price);
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(/\/admin\/products\/\d+\?saved=1$/);
  await expect(page.getByText("Saved. The shop shows it from the next page load, in every language.")).toBeVisible();
  return { ...made, id: /\/admin\/products\/(\d+)/.exec(page.url())![1]! };
}

async function setStatus(page: Page, id: string, status: "published" | "archived") {
  await page.goto(`/admin/products/${id}`);
  await page.getByLabel("Status").selectOption(status);
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page).toHaveURL(/\?saved=1$/);
}

async function staffPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsStaff(page);
  return page;
}

const test = base.extend<{ staff: Page; lanterns: (price?: string) => Promise<Made> }>({
  staff: async ({ browser }, use) => {
    const page = await staffPage(browser);
    await use(page);
    await page.context().close();
  },
  // Lanterns made for the test, archived when it ends, pass or fail, so the shop's listings stay the seed's.
  lanterns: async ({ browser }, use) => {
    const page = await staffPage(browser);
    const made: Made[] = [];
    await use(async (price) => {
      const lantern = await createLantern(page, `${Date.now()}${made.length}`, price);
      made.push(lantern);
      return lantern;
    });
    for (const lantern of made) await setStatus(page, lantern.id, "archived");
    await page.context().close();
  },
});

const runs = [
  { device: "desktop", lang: "en", tag: "" },
  { device: "phone", lang: "zh-HK", tag: " @phone" },
] as const;

for (const run of runs) {
  test(`staff create a product with two sizes and a picture and publish it; a shopper finds it in Chinese and buys it; stock and ledger follow; archived, it leaves the shop but not the order (${run.device})${run.tag}`, async ({ page, staff, lanterns, baseURL }) => {
    const lantern = await lanterns();
    await staff.goto(`/admin/products/${lantern.id}/pictures`);
    const png = await sharp({ create: { width: 900, height: 900, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
    await staff.getByLabel("Picture file").setInputFiles({ name: "lantern.png", mimeType: "image/png", buffer: png });
    await staff.getByLabel("English (required)").fill("A red paper lantern");
    await staff.getByLabel(/^繁體中文/).fill("紅色紙燈籠");
    await staff.getByRole("button", { name: "Upload picture" }).click();
    await expect(staff.getByTestId("upload-notice")).toHaveText(/^Picture added/);

    // The shopper searches by the Chinese name and finds it, with its picture and alt text in their language.
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: run.lang, url: baseURL! }]);
    await page.goto(`/search?q=${encodeURIComponent(lantern.nameZhHK)}`);
    const result = page.getByTestId("product-grid").getByRole("listitem");
    await expect(result).toHaveCount(1);
    await expect(result).toContainText(run.lang === "en" ? lantern.nameEn : lantern.nameZhHK);
    await result.getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/products/${lantern.slug}$`));
    await expect(page.getByRole("img", { name: run.lang === "en" ? "A red paper lantern" : "紅色紙燈籠" }).first()).toBeVisible();
    await expect(page.getByTestId("stock-status")).toContainText("5");

    // Bought in English on the checkout (the payment fixtures speak English).
    await page.context().clearCookies();
    await addToCart(page, lantern.slug);
    await payWith(page, "WXPAY");
    await decideOnPaymentPage(page, "WXPAY", "approve");
    await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
    const orderId = await latestOrderId(page);
    await page.goto(`/products/${lantern.slug}`);
    await expect(page.getByTestId("stock-status")).toContainText("4");
    await staff.goto(`/admin/stock?sku=${lantern.sku}`);
    const sold = staff.getByTestId("ledger-row").filter({ hasText: `Order #${orderId.slice(0, 8).toUpperCase()}` });
    await expect(sold).toContainText("Sold");
    await expect(sold).toContainText("-1");

    // Archived: gone from the shop and its search, still on the order.
    await setStatus(staff, lantern.id, "archived");
    expect((await page.goto(`/products/${lantern.slug}`))!.status()).toBe(404);
    await page.goto(`/search?q=${encodeURIComponent(lantern.nameEn)}`);
    await expect(page.getByTestId("product-grid")).toHaveCount(0);
    await page.goto(`/orders/${orderId}`);
    await expect(page.getByText(lantern.nameEn).first()).toBeVisible();
  });
}

test("staff change a price: the product page, the listing and a cart holding it show the new price at the next request", async ({ page, staff, lanterns }) => {
  const lantern = await lanterns("48.00");
  await addToCart(page, lantern.slug);
  await staff.goto(`/admin/products/${lantern.id}`);
  await staff.getByRole("listitem", { name: "Variant 1" }).getByLabel("Price (HK$)").fill("52.50");
  await staff.getByRole("button", { name: "Save product" }).click();
  await expect(staff).toHaveURL(/\?saved=1$/);

  await page.goto(`/products/${lantern.slug}`);
  await expect(page.getByTestId("product-price")).toHaveText("HK$52.50");
  // The cached listing (newest first) and search both show it.
  for (const listing of ["/?sort=newest", `/search?q=${encodeURIComponent(lantern.nameEn)}`]) {
    await page.goto(listing);
    await expect(page.getByTestId("product-grid").getByRole("link", { name: new RegExp(`View ${lantern.nameEn}`) })).toContainText("HK$52.50");
  }
  await page.goto("/cart");
  await expect(page.getByText("Price changed since you added it: was HK$48.00, now HK$52.50.")).toBeVisible();
});

test("bad input is refused field by field and creates nothing: a negative price, a SKU another product uses", async ({ staff }) => {
  const stamp = `${Date.now()}`;
  await openEditorForNew(staff);
  await fillProduct(staff, { slug: `refused-${stamp}`, sku: "jasmine-tea", nameEn: `Refused Lantern ${stamp}`, nameZhHK: "紙燈籠" }, "-5.00");
  await staff.getByRole("button", { name: "Create product" }).click();
  await expect(staff.getByRole("status")).toHaveText("Not saved: check the fields marked below.");
  await expect(staff.getByText("A price cannot be negative.")).toBeVisible();
  await expect(staff).toHaveURL(/\/admin\/products\/new$/);
  // What was typed is still there; with the price mended, the taken SKU is what remains wrong.
  await expect(staff.getByLabel(/^Name \(English\)/)).toHaveValue(`Refused Lantern ${stamp}`);
  await staff.getByRole("listitem", { name: "Variant 1" }).getByLabel("Price (HK$)").fill("5.00");
  await staff.getByRole("button", { name: "Create product" }).click();
  await expect(staff.getByText("SKU jasmine-tea is already used by jasmine-tea.")).toBeVisible();
  await staff.goto(`/admin/products?q=${encodeURIComponent(`Refused Lantern ${stamp}`)}`);
  await expect(staff.getByRole("link", { name: new RegExp(`Refused Lantern ${stamp}`) })).toHaveCount(0);
});

test("two staff save the same product: the later save is refused, says who saved and when, and keeps what was typed", async ({ browser, staff, lanterns }) => {
  const lantern = await lanterns();
  const other = await staffPage(browser);
  try {
    await staff.goto(`/admin/products/${lantern.id}`);
    await other.goto(`/admin/products/${lantern.id}`);
    await staff.getByLabel(/^Name \(English\)/).fill(`${lantern.nameEn} (first)`);
    await staff.getByRole("button", { name: "Save product" }).click();
    await expect(staff).toHaveURL(/\?saved=1$/);

    await other.getByLabel(/^Name \(English\)/).fill(`${lantern.nameEn} (second)`);
    await other.getByRole("button", { name: "Save product" }).click();
    await expect(other.getByRole("status").filter({ hasText: /^Not saved/ })).toContainText(/^Not saved: Demo owner saved this product at .+ \(Hong Kong time\), after you opened it\./);
    await expect(other.getByLabel(/^Name \(English\)/)).toHaveValue(`${lantern.nameEn} (second)`);
    await staff.reload();
    await expect(staff.getByLabel(/^Name \(English\)/)).toHaveValue(`${lantern.nameEn} (first)`);
  } finally {
    await other.context().close();
  }
});
