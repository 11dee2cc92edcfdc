// Home page screenshots for the README, with Playwright and the machine's Chromium:
// `node scripts/screenshots.mjs http://localhost:3000` against a running shop.
import { chromium, devices } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [name, options] of [
  ["home-desktop.png", { viewport: { width: 1280, height: 900 } }],
  ["home-phone.png", devices["Pixel 7"]],
]) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByTestId("product-grid").waitFor();
  // Product art is lazy-loaded: wait until every image in view has arrived.
  await page.waitForFunction(() =>
    [...document.images].filter((img) => img.getBoundingClientRect().top < window.innerHeight).every((img) => img.complete && img.naturalWidth > 0),
  );
  await page.screenshot({ path: `docs/screenshots/${name}` });
  await context.close();
}
await browser.close();
