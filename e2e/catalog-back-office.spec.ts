import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import sharp from "sharp";
import { devices, type Page } from "@playwright/test";
import { seedProducts } from "../lib/catalog/catalog-data";
import { test, expect, latestOrderId } from "./fixtures";
import { signInAsStaff } from "./payment-fixtures";

// The seed inserts its products in one statement, in this order, into a fresh database: ids are 1, 2, 3 …
const productId = (slug: string) => seedProducts.findIndex((product) => product.slug === slug) + 1;

async function photo(colour: { r: number; g: number; b: number }) {
  return sharp({ create: { width: 1400, height: 1400, channels: 3, background: colour } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "22/1 17/1 0/1" } })
    .toBuffer();
}

async function uploadPicture(page: Page, slug: string, file: { name: string; mimeType: string; buffer: Buffer }, alt: { en: string; zhHK?: string }, shows?: string) {
  await page.goto(`/admin/products/${productId(slug)}/pictures`);
  await page.getByLabel("Picture file").setInputFiles(file);
  await page.getByLabel("English (required)").fill(alt.en);
  if (alt.zhHK) await page.getByLabel(/^繁體中文/).fill(alt.zhHK);
  if (shows) await page.getByLabel("Shows").first().selectOption({ label: shows });
  await page.getByRole("button", { name: "Upload picture" }).click();
}

test("staff upload a picture for the Sand hat: the product page shows it with a srcset, and choosing Sand shows it", async ({ page }) => {
  await signInAsStaff(page);
  await uploadPicture(page, "bucket-hat", { name: "sand.jpg", mimeType: "image/jpeg", buffer: await photo({ r: 214, g: 190, b: 140 }) }, { en: "The bucket hat in sand" }, "Sand (bucket-hat-sand)");
  await expect(page.getByTestId("upload-notice")).toHaveText(/^Picture added/);
  await expect(page.getByRole("heading", { name: /^1 in the shop's order/ })).toBeVisible();

  await page.goto("/products/bucket-hat");
  await page.getByText("Sand", { exact: true }).click();
  const picture = page.getByRole("img", { name: "The bucket hat in sand" });
  await expect(picture).toBeVisible();
  const srcset = (await picture.getAttribute("srcset")) ?? "";
  expect(srcset).toMatch(/^\/media\/[0-9a-f]{32}\.webp 320w, \/media\/[0-9a-f]{32}\.webp 640w, \/media\/[0-9a-f]{32}\.webp 1200w$/);
  expect(await picture.getAttribute("sizes")).toContain("100vw");
  await expect(page.locator('picture source[type="image/avif"]')).toHaveCount(1);
  const served = await page.request.get(srcset.split(" ")[0]!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  // No GPS, no EXIF: sharp wrote none.
  expect((await sharp(await served.body()).metadata()).exif).toBeUndefined();
});

test("bad uploads are refused with a clear message and change nothing: an SVG, a 20 MB file", async ({ page }) => {
  await signInAsStaff(page);
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>alert(1)</script></svg>');
  await uploadPicture(page, "jasmine-tea", { name: "tea.jpg", mimeType: "image/jpeg", buffer: svg }, { en: "Tea" });
  await expect(page.getByRole("alert").filter({ hasText: "SVG" })).toHaveText("That file is an SVG drawing, which may carry scripts. Upload a JPEG, PNG or WebP.");
  await expect(page.getByRole("heading", { name: /^No pictures yet/ })).toBeVisible();

  const huge = Buffer.alloc(20 * 1024 * 1024, 0);
  huge.set([0xff, 0xd8, 0xff]);
  // From a file on disk: the browser reads it itself (a 20 MB buffer would crawl through the protocol).
  const hugePath = test.info().outputPath("huge.jpg");
  fs.writeFileSync(hugePath, huge);
  await page.getByLabel("Picture file").setInputFiles(hugePath);
  await expect(page.getByText("That file is 20.0 MB, over 10 MB.", { exact: false })).toBeVisible();
  await page.getByLabel("English (required)").fill("Huge");
  await page.getByRole("button", { name: "Upload picture" }).click();
  // The browser holds the form back (the field is invalid): nothing was sent, the last notice stays.
  await expect(page).toHaveURL(/\/pictures\?notice=svg$/);
  // Sent anyway, by hand: the server refuses it too.
  const response = await page.request.post(`/admin/products/${productId("jasmine-tea")}/pictures/upload`, {
    multipart: { picture: { name: "huge.jpg", mimeType: "image/jpeg", buffer: huge }, altEn: "Huge" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe(`/admin/products/${productId("jasmine-tea")}/pictures?notice=too-large`);
  await page.goto(response.headers().location!);
  await expect(page.getByRole("alert").filter({ hasText: "10 MB" })).toHaveText("That file is over 10 MB. Upload a JPEG, PNG or WebP of at most 10 MB.");
  await expect(page.getByRole("heading", { name: /^No pictures yet/ })).toBeVisible();
});

type Cells = Record<string, string>;

async function exportCsv(page: Page): Promise<Cells[]> {
  const response = await page.request.get("/admin/products/export.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  return parse(await response.body(), { bom: true, columns: true }) as Cells[];
}

async function importCsv(page: Page, content: string | Buffer) {
  await page.goto("/admin/products/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "catalog.csv", mimeType: "text/csv", buffer: Buffer.from(content) });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("heading", { name: /^Import preview/ })).toBeVisible();
}

function csvOf(rows: Cells[]) {
  const columns = Object.keys(rows[0]!);
  return `\uFEFF${stringify([columns, ...rows.map((cells) => columns.map((column) => cells[column]!))])}`;
}

async function applyImport(page: Page) {
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Applied by Demo owner at / })).toBeVisible();
}

test("CSV round trip: export, change two prices and one stock, import, check the preview, apply", async ({ page }) => {
  await signInAsStaff(page);
  const rows = await exportCsv(page);
  const original = rows.map((cells) => ({ ...cells }));
  try {
    await changeByCsv(page, rows);
  } finally {
    // Clean up: the catalog goes back as it was, so later specs see the seed's prices and stock.
    await importCsv(page, csvOf(original));
    await applyImport(page);
  }
});

async function changeByCsv(page: Page, rows: Cells[]) {
  const row = (sku: string) => rows.find((cells) => cells.sku === sku)!;
  expect(row("milk-tea-cup").name_zh_hk).toBe("搪瓷奶茶杯");
  const teaPriceBefore = row("jasmine-tea").price_hkd;
  row("milk-tea-cup").price_hkd = "95.50";
  row("jasmine-tea").price_hkd = "130.00";
  row("red-packets").stock = "3";
  await importCsv(page, csvOf(rows));
  await expect(page.getByTestId("import-summary")).toHaveText(new RegExp(`^${rows.length} rows: 0 new, 3 changed, ${rows.length - 3} unchanged, 0 with errors$`));
  const changed = page.getByTestId("import-changed");
  await expect(changed.getByRole("row", { name: /milk-tea-cup/ })).toContainText("price_hkd88.0095.50");
  await expect(changed.getByRole("row", { name: /jasmine-tea/ })).toContainText(`price_hkd${teaPriceBefore}130.00`);
  await expect(changed.getByRole("row", { name: /red-packets/ })).toContainText(/stock\d+3/);
  await applyImport(page);
  // The page renders again as applied (the button goes; the preview now compares with the changed catalog).
  await expect(page.getByRole("button", { name: "Apply import" })).toHaveCount(0);

  await page.goto("/products/milk-tea-cup");
  await expect(page.getByTestId("product-price")).toHaveText("HK$95.50");
  await page.goto("/admin/stock?sku=red-packets");
  await expect(page.getByTestId("ledger-row").first()).toContainText(/Correction.*3.*Demo owner.*CSV import #\d+, line \d+/);
}

test("a CSV with a broken quote is refused, and nothing changes", async ({ page }) => {
  await signInAsStaff(page);
  const before = await exportCsv(page);
  const lines = [Object.keys(before[0]!).join(","), 'milk-tea-cup,milk-tea-cup,"Enamel Milk Tea Cup,搪瓷奶茶杯,搪瓷奶茶杯,,,,,kitchen,published,1.00,1'];
  await importCsv(page, lines.join("\n"));
  await expect(page.getByTestId("import-unreadable")).toContainText("The file is not valid CSV");
  await expect(page.getByTestId("import-unreadable")).toContainText("Nothing was changed");
  await expect(page.getByRole("button", { name: "Apply import" })).toHaveCount(0);
  expect(await exportCsv(page)).toEqual(before);
});

test("a paid order's sale shows in the stock ledger", async ({ page, checkout, backOffice }) => {
  await checkout.addToCart("tram-model");
  await checkout.payWith("WXPAY");
  await checkout.decide("WXPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  const orderId = await latestOrderId(page);
  await backOffice.page.goto("/admin/stock?sku=tram-model");
  const sold = backOffice.page.getByTestId("ledger-row").filter({ hasText: `Order #${orderId.slice(0, 8).toUpperCase()}` });
  await expect(sold).toHaveCount(1);
  await expect(sold).toContainText("Sold");
  await expect(sold).toContainText("-1");
  await expect(sold).toContainText("Shop (paid order)");
  await expect(sold.getByRole("link", { name: `Order #${orderId.slice(0, 8).toUpperCase()}` })).toHaveAttribute("href", `/admin/orders/${orderId}`);
});

test("on a phone, in Chinese: staff upload a picture and the shop shows it with its Chinese alt text @phone", async ({ page, browser }) => {
  await signInAsStaff(page);
  await uploadPicture(page, "clay-teapot", { name: "teapot.png", mimeType: "image/png", buffer: await sharp(await photo({ r: 150, g: 80, b: 50 })).png().toBuffer() }, { en: "The clay teapot", zhHK: "紫砂茶壺" });
  await expect(page.getByTestId("upload-notice")).toHaveText(/^Picture added/);
  const shopper = await browser.newContext({ ...devices["Pixel 7"], locale: "zh-HK", baseURL: test.info().project.use.baseURL });
  const shop = await shopper.newPage();
  await shop.goto("/products/clay-teapot");
  const picture = shop.getByRole("img", { name: "紫砂茶壺" });
  await expect(picture).toBeVisible();
  expect(await picture.getAttribute("srcset")).toMatch(/\/media\/[0-9a-f]{32}\.webp 320w/);
  await shopper.close();
});
