import { expect, test } from "./fixtures";
import { addToCart, decideOnPaymentPage, payWith } from "./payment-fixtures";

// A cached catalog page cannot carry a per-request nonce: it allows inline scripts instead (docs/decisions/009).
function expectSecurityHeaders(headers: Record<string, string>, scripts: "nonce" | "cached" = "nonce") {
  const policy = headers["content-security-policy"] ?? "";
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(policy).toContain(directive);
  }
  if (scripts === "nonce") expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  else expect(policy).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // APP_URL is http in this run: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test("every response carries the security headers: pages, scripts, API routes, unknown URLs", async ({ request }) => {
  const home = await request.get("/");
  expectSecurityHeaders(home.headers(), "cached");
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await home.text())?.[1];
  expect(script).toBeTruthy();
  for (const path of ["/products/jasmine-tea", "/categories/tea"]) {
    expectSecurityHeaders((await request.get(path)).headers(), "cached");
  }
  for (const path of [script!, "/cart", "/checkout", "/orders", "/account", "/search?q=tea", "/api/auth/csrf", "/no-such-page", "/pms-sandbox"]) {
    expectSecurityHeaders((await request.get(path)).headers());
  }
});

test("PMS's webhook skips the proxy but still answers with headers that allow nothing", async ({ request }) => {
  const answer = await request.post("/api/pms/webhook/not-a-payment", { data: { rrn: "X" } });
  expect(answer.status()).toBe(404);
  const headers = answer.headers();
  expect(headers["content-security-policy"]).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("each page rendered per request gets a fresh nonce, and Next's own scripts carry it", async ({ request }) => {
  const [first, second] = [await request.get("/cart"), await request.get("/cart")];
  const nonce = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
  const a = nonce(first.headers()["content-security-policy"]);
  expect(a).toBeTruthy();
  expect(a).not.toBe(nonce(second.headers()["content-security-policy"]));
  expect(await first.text()).toContain(`nonce="${a}"`);
});

test("paying by card runs under the policy without a single violation, PMS page included", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await addToCart(page, "jasmine-tea");
  await payWith(page, "VMPAY");
  await decideOnPaymentPage(page, "VMPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  // The language switch needs hydrated JavaScript: it works only if the scripts ran.
  await page.getByLabel("Language").selectOption({ label: "繁體中文 (香港)" });
  await expect(page.getByRole("heading", { name: "謝謝，你的訂單已付款" })).toBeVisible();
  expect(violations).toEqual([]);
});
