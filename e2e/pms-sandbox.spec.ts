import { createHmac, randomInt } from "node:crypto";
import type { APIRequestContext, BrowserContext } from "@playwright/test";
import { demoCredentials } from "./demo-credentials";
import { test as base, expect } from "./fixtures";
import { addToCart, payWith, signInAsStaff } from "./payment-fixtures";

// Three people, each in a browser of their own, closed after the test.
const test = base.extend<{ people: { shopper: BrowserContext; anonymous: BrowserContext; staff: BrowserContext } }>({
  people: async ({ browser }, use) => {
    const [shopper, anonymous, staff] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
    await use({ shopper, anonymous, staff });
    await Promise.all([shopper.close(), anonymous.close(), staff.close()]);
  },
});

// The e2e server runs NODE_ENV=production with PMS_SANDBOX=on: a public demo.
test("in production the sandbox console is for staff, and the shopper's payment page stays public", async ({ people, baseURL }) => {
  const { shopper: shopperContext, anonymous: anonymousContext, staff: staffContext } = people;
  // The shopper reaches PMS's payment page without signing in anywhere.
  const shopper = await shopperContext.newPage();
  const resultRequests: string[] = [];
  shopper.on("request", (request) => {
    if (request.url().includes("/checkout/result")) resultRequests.push(request.url());
  });
  await addToCart(shopper, "jasmine-tea");
  const rrn = await payWith(shopper, "WXPAY");
  await expect(shopper.getByRole("button", { name: "Approve payment" })).toBeVisible();

  // Without a staff session the console shows nothing: it sends to the staff sign-in.
  const anonymous = await anonymousContext.newPage();
  await anonymous.goto("/pms-sandbox");
  await expect(anonymous).toHaveURL(/\/admin\/sign-in/);
  await expect(anonymous.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();
  expect(await anonymous.content()).not.toContain(rrn);

  // Staff see the sale, with its console commands.
  const staff = await staffContext.newPage();
  await signInAsStaff(staff);
  await staff.goto("/pms-sandbox");
  await expect(staff.getByRole("heading", { name: "PMS sandbox console" })).toBeVisible();
  const approve = staff.getByRole("button", { name: `Approve payment ${rrn}` });
  await expect(approve).toBeVisible();

  // The Approve form exactly as the browser would post it without JavaScript.
  const form = approve.locator("xpath=ancestor::form");
  const fields = await form.locator("input[type=hidden]").evaluateAll((inputs) =>
    Object.fromEntries(inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value])),
  );
  expect(Object.keys(fields).some((name) => name.startsWith("$ACTION_ID_"))).toBe(true);
  const postApprove = (context: typeof anonymousContext) =>
    context.request.post("/pms-sandbox", { multipart: fields, headers: { origin: baseURL! }, maxRedirects: 0 });

  // Posted by someone without a session, the action changes nothing: authorization is in the action itself.
  const forged = await postApprove(anonymousContext);
  expect(forged.status()).toBeLessThan(500);
  await staff.reload();
  await expect(staff.getByRole("button", { name: `Approve payment ${rrn}` })).toBeVisible();

  // The same post with the staff session approves, and the shopper's open page follows to the shop.
  expect((await postApprove(staffContext)).status()).toBeLessThan(500);
  await expect(shopper.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible({ timeout: 20_000 });

  // The returnUrl carried a bearer token; not even the staff console shows it.
  const token = new URL(resultRequests[0]!).searchParams.get("token");
  expect(token).toBeTruthy();
  await staff.reload();
  await expect(staff.getByRole("button", { name: `Refund payment ${rrn}` })).toBeVisible();
  const html = await staff.content();
  expect(html).toContain(rrn);
  expect(html).toContain("token=…");
  expect(html).not.toContain(token!);
});

/** A signed call, as any merchant makes it, with the e2e demo's own credentials. */
async function callPms(request: APIRequestContext, path: string, fields: Record<string, unknown>) {
  const timestamp = Date.now();
  const sign = createHmac("sha1", demoCredentials.secret).update(String(timestamp)).digest("base64");
  const response = await request.post(path, { data: { apiKey: demoCredentials.apiKey, timestamp, sign, lang: "en", ...fields } });
  expect(response.status(), path).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

test("the spec's URL variants are served by the documented routes, and production keeps returnUrl on our origin", async ({ request, baseURL }) => {
  const rrn = Array.from({ length: 24 }, () => randomInt(10)).join("");
  const sale = {
    type: "WXPAY",
    rrn,
    storeCode: "ST01",
    tillId: "01",
    salesman: "9999",
    txDateTime: "2021-06-11T16:18:30+0800",
    amt: 1000,
    ccy: "HKD",
    returnUrl: `${baseURL}/checkout/result`,
    webhookUrl: "",
  };
  expect(await callPms(request, "/online/sales", sale)).toMatchObject({ errorCode: "0", rrn });
  for (const path of ["/tt-pms-ws/rest/online/query", "/online/query", "/tt-pms-ws/online/query"]) {
    expect(await callPms(request, path, { type: "WXPAY", rrn, storeCode: "ST01" })).toMatchObject({ errorCode: "0", gwRefStatus: "05" });
  }
  expect(await callPms(request, "/tt-pms-ws/online/gateway", {})).toMatchObject({ errorCode: "0" });
  expect((await request.post("/online/refund", { data: {} })).status()).toBe(404);

  const elsewhere = await callPms(request, "/tt-pms-ws/online/sales", { ...sale, rrn: `${rrn.slice(0, 23)}x`, returnUrl: "https://evil.example/" });
  // The shop's own origin and those of PMS_SANDBOX_ALLOWED_ORIGINS, named in the answer.
  expect(elsewhere).toMatchObject({ errorCode: "601", errorMessage: expect.stringContaining(`one of these origins: ${baseURL}`) });
});
