import type { Browser, BrowserContext, Page } from "@playwright/test";
import { generate } from "otplib";
import { test as base, expect, latestOrderId } from "./fixtures";
import { addToCart, decideOnPaymentPage, payWith, signInAsStaff } from "./payment-fixtures";

const address = { name: "Chan Tai Man", line1: "Flat 3A, 18 Harbour Road", district: "Wan Chai", region: "Hong Kong Island" };
const unique = (tag: string) => `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const password = "tide pools at dawn, twice";

/** A code from the member's authenticator, as their phone would show it half a minute from now (never the one enrolment used). */
const nextCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

/** A member who joined: their own browser, signed in with password and TOTP. */
type Member = { name: string; email: string; page: Page; recoveryCodes: string[] };

/** The owner's side of the team (the demo owner of STAFF_EMAIL/STAFF_PASSWORD), and the members they bring in. */
class Team {
  private readonly contexts: BrowserContext[] = [];
  private constructor(
    readonly owner: Page,
    private readonly browser: Browser,
  ) {}

  static async open(browser: Browser) {
    const context = await browser.newContext();
    const team = new Team(await context.newPage(), browser);
    team.contexts.push(context);
    await signInAsStaff(team.owner);
    return team;
  }

  /** Invites by email from /admin/staff and reads the one-time link from the mail, in /dev/mailbox. */
  async invite(email: string, role: "Staff" | "Read-only" | "Owner"): Promise<string> {
    await this.owner.goto("/admin/staff");
    await this.owner.getByLabel("Email to invite").fill(email);
    await this.owner.getByRole("combobox", { name: "Role", exact: true }).selectOption({ label: role });
    await this.owner.getByRole("button", { name: "Send invitation" }).click();
    await expect(this.owner.getByRole("status").filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
    await this.owner.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    await this.owner.getByRole("link", { name: "You are invited to the Harbour Goods back office" }).click();
    const text = await this.owner.getByTestId("mail-text").innerText();
    const link = /Accept the invitation: (\S+)/.exec(text)?.[1];
    expect(link).toMatch(/\/admin\/invitation\/[\w-]+$/);
    return link!;
  }

  /** The invitee accepts in a browser of their own: name, password, TOTP from the QR's key; then signs in with a code. */
  async join(link: string, { name, email }: { name: string; email: string }): Promise<Member> {
    const context = await this.browser.newContext();
    this.contexts.push(context);
    const page = await context.newPage();
    await page.goto(link);
    await page.getByLabel("Your name").fill(name);
    await page.getByLabel("Password").fill(password);
    await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    const secret = (await page.getByTestId("totp-secret").innerText()).trim();
    await page.getByLabel("Code from the app").fill(await generate({ secret }));
    await page.getByRole("button", { name: "Join the back office" }).click();
    const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    const recoveryCodes = await codes.allInnerTexts();

    await page.getByRole("link", { name: "Go to sign-in" }).click();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Authentication code").fill(await nextCode(secret));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    return { name, email, page, recoveryCodes };
  }

  async remove(member: Member) {
    await this.owner.goto("/admin/staff");
    await this.owner.getByRole("button", { name: `Remove ${member.name}` }).click();
    await expect(this.owner.getByRole("status").filter({ hasText: `${member.name} is removed` })).toBeVisible();
    await expect(this.owner.getByTestId("staff-row").filter({ hasText: member.email })).toHaveCount(0);
  }

  async close() {
    await Promise.all(this.contexts.map((context) => context.close()));
  }
}

const test = base.extend<{ team: Team }>({
  team: async ({ browser }, use) => {
    const team = await Team.open(browser);
    await use(team);
    await team.close();
  },
});

/** A guest pays for a tin of jasmine tea, by courier; returns the order's id. */
async function paidCourierOrder(page: Page): Promise<string> {
  await addToCart(page, "jasmine-tea");
  await payWith(page, "WXPAY", { email: `${unique("guest")}@example.com`, courier: address });
  await decideOnPaymentPage(page, "WXPAY", "approve");
  await expect(page.getByRole("heading", { name: "Thank you, your order is paid" })).toBeVisible();
  return latestOrderId(page);
}

test("an owner invites a member by email; the member joins with a password and TOTP, ships an order that then shows their name; removed, their open session is refused at its next click", async ({
  team,
  page,
}) => {
  const email = `${unique("mei")}@harbour.test`;
  const name = `Mei Chan ${unique("n").slice(-6)}`;
  const link = await team.invite(email, "Staff");
  const mei = await team.join(link, { name, email });
  await expect(mei.page.getByRole("link", { name: "Staff", exact: true })).toHaveCount(0);

  const orderId = await paidCourierOrder(page);
  await expect(async () => {
    await mei.page.goto(`/admin/orders/${orderId}`);
    await expect(mei.page.getByTestId("order-status")).toHaveText("paid", { timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000] });
  await mei.page.getByLabel("Carrier").fill("SF Express");
  await mei.page.getByLabel("Tracking number").fill("SF-TEAM-0001");
  await mei.page.getByRole("button", { name: "Mark shipped" }).click();
  await expect(mei.page.getByTestId("fulfilment-state")).toContainText(`Shipped with SF Express, tracking number SF-TEAM-0001 by ${name}`);

  // The owner sees the same name on the order, and the member on the team list.
  await team.owner.goto(`/admin/orders/${orderId}`);
  await expect(team.owner.getByTestId("fulfilment-state")).toContainText(`by ${name}`);
  await team.owner.goto("/admin/staff");
  await expect(team.owner.getByTestId("staff-row").filter({ hasText: email })).toContainText("TOTP, 10 recovery codes left");

  // The owner's activity log names who shipped what.
  await team.owner.goto("/admin/activity");
  await team.owner.getByLabel("Kind").selectOption({ label: "Marked shipped" });
  await team.owner.getByRole("button", { name: "Filter" }).click();
  await expect(team.owner.getByTestId("activity-row").filter({ hasText: "SF-TEAM-0001" })).toContainText(name);

  await team.remove(mei);
  await mei.page.getByRole("link", { name: "Orders", exact: true }).click();
  await expect(mei.page).toHaveURL(/\/admin\/sign-in$/);
  await expect(mei.page.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();
});

test("the invitation link works once, and a read-only member reads orders but is offered no way to ship", async ({ team, page, browser }) => {
  const email = `${unique("ro")}@harbour.test`;
  const link = await team.invite(email, "Read-only");
  const reader = await team.join(link, { name: "Rita Reader", email });

  const again = await browser.newContext();
  const replay = await again.newPage();
  await replay.goto(link);
  await expect(replay.getByText("This invitation has been used already.")).toBeVisible();
  await again.close();

  const orderId = await paidCourierOrder(page);
  await expect(async () => {
    await reader.page.goto(`/admin/orders/${orderId}`);
    await expect(reader.page.getByTestId("order-status")).toHaveText("paid", { timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000] });
  await expect(reader.page.getByTestId("fulfilment-state")).toHaveText("To fulfil: ship it.");
  await expect(reader.page.getByRole("button", { name: "Mark shipped" })).toHaveCount(0);
  const csv = await reader.page.request.get("/admin/orders/export.csv?view=all");
  expect(csv.status()).toBe(403);
  await reader.page.goto("/admin/staff");
  await expect(reader.page.getByText(/^Your role does not allow this\. You are signed in as Read-only/)).toBeVisible();
});
