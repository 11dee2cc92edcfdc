import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test, type OrderPlacer, type StaffOrders } from "./fixtures";

const formula = '=HYPERLINK("http://evil.example","x")';

/** Two paid orders (courier, pick-up) and one unpaid pick-up, all under one email no other test uses. */
async function placeThree(orders: OrderPlacer) {
  const email = `orders-${randomBytes(4).toString("hex")}@example.com`;
  const courier = { name: formula, line1: "18 Harbour Road", district: "Wan Chai", region: "Hong Kong Island" };
  const courierRrn = await orders.place({ contact: { email, phone: "+852 9123 4567", courier }, decision: "approve" });
  const pickupRrn = await orders.place({ method: "FPSPAY", contact: { email }, decision: "approve" });
  const unpaidRrn = await orders.place({ contact: { email }, decision: "decline" });
  return { email, courierRrn, pickupRrn, unpaidRrn };
}

/** The filters find exactly the matching orders; returns the references of the all-pick-up view. */
async function expectFilteredList(staffOrders: StaffOrders, placed: Awaited<ReturnType<typeof placeThree>>) {
  await staffOrders.signIn();
  await staffOrders.filter({ view: "All orders", q: placed.email });
  await expect(staffOrders.rows()).toHaveCount(3);

  await staffOrders.filter({ view: "All orders", q: placed.email, delivery: "Pick-up" });
  await expect(staffOrders.rows()).toHaveCount(2);
  await expect(staffOrders.rows().filter({ hasText: placed.pickupRrn })).toHaveCount(1);
  await expect(staffOrders.rows().filter({ hasText: placed.courierRrn })).toHaveCount(0);

  // To fulfil: paid and not yet shipped, so the declined pick-up drops out.
  await staffOrders.filter({ view: "To fulfil", q: placed.email, delivery: "Pick-up" });
  await expect(staffOrders.rows()).toHaveCount(1);
  await expect(staffOrders.rows()).toContainText(placed.pickupRrn);
  await expect(staffOrders.page.getByRole("link", { name: /^To fulfil \(\d+\)$/ })).toBeVisible();
}

test("staff filter orders by delivery and email, each row links to its order, and the takings chart reads out @phone", async ({ orders, staffOrders }) => {
  const placed = await placeThree(orders);
  await expectFilteredList(staffOrders, placed);
  const [reference] = await staffOrders.references();
  const link = staffOrders.page.getByRole("link", { name: `Order ${reference}` });
  await expect(link).toHaveAttribute("href", new RegExp(`^/admin/orders/${reference!.toLowerCase()}[0-9a-f-]{28}$`));
  // The table scrolls sideways on a phone rather than squeezing the phone numbers.
  await staffOrders.filter({ view: "All orders", q: placed.email, delivery: "Courier" });
  await expect(staffOrders.rows().getByText("+852 9123 4567")).toBeVisible();
  // The email wraps only at sensible points (<wbr>), so it still reads, copies and titles whole.
  await expect(staffOrders.rows().getByTitle(placed.email)).toHaveText(placed.email);
  // The chart is an image with a name, and its figures are a table for screen readers.
  const page = staffOrders.page;
  await expect(page.getByRole("img", { name: "Takings per day by payment method" })).toBeVisible();
  const figures = page.getByRole("table", { name: "Takings per Hong Kong day by payment method, HKD" });
  await expect(figures.getByRole("columnheader", { name: "FPS", exact: true })).toHaveCount(1);
  await expect(figures.getByRole("row")).toHaveCount(31);
});

test("the CSV holds exactly the rows the filter shows, with formulas neutralised", async ({ orders, staffOrders, page }) => {
  const placed = await placeThree(orders);
  await expectFilteredList(staffOrders, placed);

  async function downloadCsv() {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    const text = await fs.readFile((await download.path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...records] = parse(text.slice(1)) as string[][];
    const column = (name: string) => records.map((record) => record[header!.indexOf(name)]);
    return { records, column };
  }

  await staffOrders.filter({ view: "All orders", q: placed.email, delivery: "Pick-up" });
  const pickup = await downloadCsv();
  expect(pickup.column("Order")).toEqual(await staffOrders.references());
  expect(pickup.column("Delivery")).toEqual(["Pick-up", "Pick-up"]);

  await staffOrders.filter({ view: "All orders", q: placed.email });
  const all = await downloadCsv();
  expect(all.column("Order")).toEqual(await staffOrders.references());
  expect(all.records).toHaveLength(3);
  const courierRow = all.column("rrn").indexOf(placed.courierRrn);
  expect(all.column("Recipient")[courierRow]).toBe(`'${formula}`);
  expect(all.column("Phone")[courierRow]).toBe("'+852 9123 4567");
});

test("without a staff session the CSV gives no data", async ({ request }) => {
  const response = await request.get("/admin/orders/export.csv?view=all", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).not.toContain("text/csv");
  expect(await response.text()).not.toContain("@example.com");
});
