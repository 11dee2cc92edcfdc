import type { Page } from "@playwright/test";
import { test as base, expect, madeUpAddress } from "./fixtures";

// Each sign-in comes from a made-up address of its own (the suite's server trusts one proxy
// and takes the client from x-forwarded-for), so its lockouts never touch the other specs.
const test = base.extend<{ fromAddress: (address: string) => Promise<Page> }>({
  fromAddress: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (address) => {
      const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

const unique = madeUpAddress;

async function trySignIn(page: Page, email: string, password: string) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("ten failed sign-ins lock the email and the address out, with a clear message", async ({ fromAddress }) => {
  const address = unique();
  const page = await fromAddress(address);
  const email = `intruder-${Date.now()}@harbour.test`;
  for (let i = 1; i <= 9; i++) {
    await trySignIn(page, email, `guess-${i}`);
    await expect(page.getByText("That email and password do not match a staff account.")).toBeVisible();
  }
  await trySignIn(page, email, "guess-10");
  await expect(page.getByText(/Too many failed sign-ins\. Sign-in is paused for 15 minutes/)).toBeVisible();

  // The address is locked too: even the right staff password is refused from it...
  await trySignIn(page, "staff@harbour.test", "e2e-staff-password");
  await expect(page.getByText(/Too many failed sign-ins/)).toBeVisible();
  // ...while staff elsewhere still get in.
  const staff = await fromAddress(unique());
  await trySignIn(staff, "staff@harbour.test", "e2e-staff-password");
  await expect(staff.getByRole("heading", { name: "Payments" })).toBeVisible();
});

test("a sign-in post without an email field is a plain refusal, with no exception text", async ({ fromAddress }) => {
  const page = await fromAddress(unique());
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, password: "whatever" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  const location = response.headers()["location"] ?? "";
  expect(location).toContain("error=CredentialsSignin");
  expect(decodeURIComponent(location)).not.toMatch(/TypeError|undefined|Cannot read|trim/);
});
