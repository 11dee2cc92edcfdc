// Screenshots for the README, with Playwright and the machine's Chromium, against a running shop
// with the sandbox on and a demo owner (STAFF_EMAIL / STAFF_PASSWORD):
//   STAFF_EMAIL=… STAFF_PASSWORD=… node scripts/screenshots.mjs http://localhost:3000
// It pays for one order through the sandbox (so the order page has a story to show) and
// writes docs/screenshots/*.png.
import { chromium, devices } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const staff = { email: process.env.STAFF_EMAIL ?? "staff@harbour.test", password: process.env.STAFF_PASSWORD ?? "" };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const desktop = { viewport: { width: 1280, height: 900 } };
const phone = devices["Pixel 7"];

/** A browser of its own in `locale` (the shop reads NEXT_LOCALE), on `device`. */
async function open(device, locale = "en") {
  const context = await browser.newContext({ ...device, baseURL: base });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: base }]);
  return { context, page: await context.newPage() };
}

/** Lazy product art: wait until every image in view has arrived. */
async function imagesInView(page) {
  await page.waitForFunction(() =>
    [...document.images].filter((img) => img.getBoundingClientRect().top < window.innerHeight).every((img) => img.complete && img.naturalWidth > 0),
  );
}

async function shot(page, name, options = {}) {
  await imagesInView(page);
  await page.screenshot({ path: `docs/screenshots/${name}`, ...options });
  console.log(`docs/screenshots/${name}`);
}

// The catalog, on a desktop and a phone.
for (const [name, device] of [
  ["home-desktop.png", desktop],
  ["home-phone.png", phone],
]) {
  const { context, page } = await open(device);
  await page.goto("/");
  await page.getByTestId("product-grid").waitFor();
  await shot(page, name);
  await context.close();
}

// A product page in Chinese on a phone; then the cart, checkout and the sandbox's card page in Chinese.
{
  const { context, page } = await open(phone, "zh-HK");
  await page.goto("/products/tieguanyin-oolong");
  await page.getByText("150 克", { exact: true }).click();
  await shot(page, "product-phone-zh-hk.png");
  await page.getByRole("button", { name: "加入購物車" }).click();
  await page.getByRole("status").filter({ hasText: "加入購物車" }).waitFor();
  await page.goto("/checkout");
  await page.getByLabel("電郵").fill("screenshots@example.com");
  await page.locator('input[name="delivery"][value="pickup"]').check();
  await page.locator('input[name="method"][value="VMPAY"]').check();
  await shot(page, "checkout-phone-zh-hk.png", { fullPage: true });
  await page.getByRole("button", { name: /^付款 HK\$/ }).click();
  await page.waitForURL(/\/pms-payment\//);
  await shot(page, "pms-card-page-phone-zh-hk.png");
  await context.close();
}

// A paid order's story, as the shopper sees it and as staff do.
{
  const { context, page } = await open(desktop);
  await page.goto("/products/jasmine-tea");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByRole("status").filter({ hasText: "Added" }).waitFor();
  await page.goto("/checkout");
  await page.getByLabel("Email").fill("screenshots@example.com");
  await page.locator('input[name="delivery"][value="pickup"]').check();
  await page.locator('input[name="method"][value="WXPAY"]').check();
  await page.getByRole("button", { name: /^Pay HK\$/ }).click();
  await page.waitForURL(/\/pms-payment\//);
  await page.getByRole("button", { name: "Approve payment" }).click();
  await page.getByRole("heading", { name: "Thank you, your order is paid" }).waitFor({ timeout: 60_000 });
  await shot(page, "result-desktop.png");
  await page.getByRole("link", { name: /View (your )?order/ }).first().click();
  await page.waitForURL(/\/orders\//);
  await shot(page, "order-desktop.png", { fullPage: true });
  const orderId = new URL(page.url()).pathname.split("/").pop();
  await context.close();

  if (staff.password) {
    const office = await open(desktop);
    await office.page.goto("/admin/sign-in");
    await office.page.getByLabel("Email").fill(staff.email);
    await office.page.getByLabel("Password").fill(staff.password);
    await office.page.getByRole("button", { name: "Sign in" }).click();
    await office.page.waitForURL(/\/admin$/);
    await shot(office.page, "admin-payments-desktop.png");
    await office.page.goto(`/admin/orders/${orderId}`);
    await shot(office.page, "admin-order-desktop.png", { fullPage: true });
    await office.page.goto("/admin/products");
    await shot(office.page, "admin-products-desktop.png");
    await office.context.close();
  } else {
    console.log("STAFF_PASSWORD not set: the back office screenshots are left as they were");
  }
}

await browser.close();
