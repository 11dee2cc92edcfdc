import { expectNoSeriousA11yViolations } from "./a11y";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInAsStaff } from "./payment-fixtures";

const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

/** The shop's chrome: its header (with the search box) and its footer. */
async function expectShopChrome(page: Page) {
  await expect(page.getByRole("banner").getByRole("searchbox")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
}

/** The sign-in link mailed to `email`, read by staff from /dev/mailbox. */
async function mailedSignInLink(browser: Browser, email: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsStaff(page);
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: /sign-in link/ }).first().click();
  const text = (await page.getByTestId("mail-text").textContent()) ?? "";
  await context.close();
  return /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(text)![0];
}

test("a used sign-in link lands on our page, in the shop's chrome, leading back to the shopper's sign-in", async ({ browser, page }) => {
  const email = uniqueEmail("used-link");
  await page.goto("/account/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByTestId("link-request-answer")).toContainText("sign-in link");
  const link = await mailedSignInLink(browser, email);
  await page.goto(link);
  await expect(page).toHaveURL(/\/account$/);

  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(other).toHaveURL(/\/account\/auth-error\?error=Verification/);
  await expect(other.getByRole("heading", { name: "This sign-in link no longer works" })).toBeVisible();
  await expectShopChrome(other);
  await expectNoSeriousA11yViolations(other);
  await other.getByRole("link", { name: "Send me a new link" }).click();
  await expect(other).toHaveURL(/\/account\/sign-in$/);
  await expect(other.getByLabel("Email")).toBeVisible();
  await expect(other.getByLabel("Password")).toHaveCount(0);
  await other.context().close();
});

for (const run of [
  { lang: "zh-HK", title: "這個登入連結已失效", cta: "索取新連結", signIn: "登入" },
  { lang: "zh-CN", title: "这个登录链接已失效", cta: "重新获取链接", signIn: "登录" },
] as const) {
  test(`an expired or unknown sign-in link speaks the shopper's language (${run.lang}) @phone`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: run.lang, url: baseURL! }]);
    // next-auth cannot tell an expired token from one it never issued: both are "Verification".
    const email = encodeURIComponent(uniqueEmail("expired"));
    await page.goto(`/api/auth/callback/email?token=${"0".repeat(64)}&email=${email}&callbackUrl=${encodeURIComponent(`${baseURL}/account`)}`);
    await expect(page).toHaveURL(/\/account\/auth-error\?error=Verification/);
    await expect(page.locator("html")).toHaveAttribute("lang", run.lang);
    await expect(page.getByRole("heading", { name: run.title })).toBeVisible();
    await expectShopChrome(page);
    await page.getByRole("link", { name: run.cta }).click();
    await expect(page).toHaveURL(/\/account\/sign-in$/);
    await expect(page.getByRole("heading", { name: run.signIn, exact: true })).toBeVisible();
  });
}

test("next-auth's own pages are ours: sign-in, sign-out, error and verify-request @phone", async ({ page }) => {
  await page.goto("/api/auth/signin");
  await expect(page).toHaveURL(/\/account\/sign-in\?/);
  await expect(page.getByRole("button", { name: "Send me a sign-in link" })).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveCount(0);

  await page.goto("/api/auth/verify-request");
  await expect(page).toHaveURL(/\/account\/check-email$/);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectShopChrome(page);

  await page.goto("/api/auth/signout");
  await expect(page).toHaveURL(/\/account\/sign-out$/);
  await expect(page.getByRole("heading", { name: "You are signed out" })).toBeVisible();
  await expectShopChrome(page);

  await page.goto("/api/auth/error");
  await expect(page).toHaveURL(/\/account\/auth-error/);
  await expect(page.getByRole("heading", { name: "Signing in did not work" })).toBeVisible();
  await expectShopChrome(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Back to sign-in" }).click();
  await expect(page).toHaveURL(/\/account\/sign-in$/);
});

test("staff reaching next-auth's pages get the back office's own: sign-out, and sign-in errors @phone", async ({ page }) => {
  await signInAsStaff(page);
  await page.goto("/api/auth/signout");
  await expect(page).toHaveURL(/\/admin\/sign-out$/);
  await expect(page.getByRole("heading", { name: "Sign out of the back office" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);

  await page.goto("/api/auth/error?error=TooManyAttempts");
  await expect(page).toHaveURL(/\/admin\/sign-in\?error=TooManyAttempts/);
  await expect(page.getByText(/Too many failed sign-ins/)).toBeVisible();
  await page.goto("/api/auth/signin?error=CredentialsSignin");
  await expect(page).toHaveURL(/\/admin\/sign-in\?error=CredentialsSignin/);
  await expect(page.getByText("That email and password do not match a staff account.")).toBeVisible();
});
