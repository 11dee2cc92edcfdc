import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { demoCredentials } from "./demo-credentials";
import { addToCart, decideOnPaymentPage, payWith } from "./payment-fixtures";

// The real PMS lives on another origin. Here the standalone sandbox (`npx pms-sandbox serve`,
// packages/pms-sandbox, on a free port, no Next.js app of ours) plays PMS, and a second
// production shop with no sandbox of its own pays through it by PMS_BASE_URL; the sandbox
// calls back only to that shop (--allowed-origins). The shop's CSP, redirects and form posts
// must all let the shopper reach the PMS page and come back.

const shopPort = Number(process.env.E2E_PORT ?? 3300) + 1;
const shopBase = `http://localhost:${shopPort}`;
let pmsBase = "";

let sandbox: ChildProcess | undefined;
let shop: ChildProcess | undefined;
let dataDir: string | undefined;
let output = "";
let sandboxOutput = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  sandbox = spawn(process.execPath, [path.join("node_modules", ".bin", "pms-sandbox"), "serve", "--port", "0", "--merchant", `${demoCredentials.apiKey}:${demoCredentials.secret}`, "--allowed-origins", shopBase], {
    env: { ...process.env, PMS_SANDBOX_WEBHOOK_INTERVAL_MS: "3000", PMS_SANDBOX_FAULTS: "" },
  });
  sandbox.stdout?.on("data", (chunk) => (sandboxOutput += chunk));
  sandbox.stderr?.on("data", (chunk) => (sandboxOutput += chunk));
  // It prints its base URL once it listens.
  await expect.poll(() => (sandbox?.exitCode === null ? /on (http:\/\/localhost:\d+)\n/.exec(sandboxOutput)?.[1] : sandboxOutput), { timeout: 60_000 }).toMatch(/^http:\/\/localhost:\d+$/);
  pmsBase = /on (http:\/\/localhost:\d+)\n/.exec(sandboxOutput)![1]!;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "shop-other-origin-"));
  shop = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(shopPort)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      APP_URL: shopBase,
      PMS_BASE_URL: `${pmsBase}/tt-pms-ws/rest`,
      PMS_SANDBOX: "off",
      PMS_API_KEY: demoCredentials.apiKey,
      PMS_SECRET: demoCredentials.secret,
      DATABASE_URL: "",
      PGLITE_DIR: path.join(dataDir, "db"),
      // A real shop must be able to send mail; nothing listens here, so it stays queued.
      SMTP_URL: "smtp://127.0.0.1:9",
      STAFF_EMAIL: "staff@harbour.test",
      NEXTAUTH_SECRET: "e2e-only-nextauth-secret-other-origin",
    },
  });
  shop.stdout?.on("data", (chunk) => (output += chunk));
  shop.stderr?.on("data", (chunk) => (output += chunk));
  await expect
    .poll(async () => (shop?.exitCode === null ? (await fetch(`${shopBase}/`).catch(() => undefined))?.status : output), { timeout: 90_000 })
    .toBe(200);
});

test.afterAll(async () => {
  for (const child of [shop, sandbox]) {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  }
  // The standalone sandbox stops cleanly on SIGTERM.
  expect(sandboxOutput).toContain("Stopped.");
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test("a shop whose PMS is on another origin: the shopper reaches the PMS page, pays, and comes back paid, with no CSP violation", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: shopBase });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const headers = (await page.request.get("/checkout", { maxRedirects: 0 })).headers();
  expect(headers["content-security-policy"]).toContain(`form-action 'self' ${pmsBase}`);

  await addToCart(page, "jasmine-tea");
  await payWith(page, "VMPAY", { courier: { name: "Chan Tai Man", line1: "1 Queen's Road Central", district: "Central", region: "Hong Kong Island" } });
  expect(new URL(page.url()).origin).toBe(pmsBase);
  await decideOnPaymentPage(page, "VMPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(shopBase);
  expect(violations).toEqual([]);
  // The sandbox's webhook reached the other shop, which answered errorCode "0" (its console says so).
  await expect.poll(async () => (await (await fetch(`${pmsBase}/pms-sandbox`)).text()).includes(">delivered<"), { timeout: 20_000 }).toBe(true);
  await context.close();
});
