import { expect, test } from "./fixtures";

// The seed has 25 products: the home listing is two pages of 24 and 1.
test.describe("listings page 24 at a time", () => {
  test.use({ javaScriptEnabled: false });

  test("home: next and previous work without JavaScript, the page is in the URL, the count is the whole listing's", async ({ page }) => {
    await page.goto("/?sort=price-asc");
    const grid = page.getByTestId("product-grid").getByRole("listitem");
    await expect(grid).toHaveCount(24);
    await expect(page.getByText("25 products")).toBeVisible();
    const pager = page.getByRole("navigation", { name: "Pages" });
    await expect(pager.getByText("Page 1 of 2")).toBeVisible();
    await expect(pager.getByRole("link", { name: /Previous/ })).toHaveCount(0);
    await pager.getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/\/\?sort=price-asc&page=2$/);
    await expect(grid).toHaveCount(1);
    await expect(pager.getByText("Page 2 of 2")).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/\?sort=price-asc&page=2$/);
    await pager.getByRole("link", { name: /Previous/ }).click();
    await expect(page).toHaveURL(/\/\?sort=price-asc$/);
    await expect(grid).toHaveCount(24);
  });

  test("a page number that is garbage shows page 1; one past the last is a 404; never a 5xx", async ({ request }) => {
    for (const page of ["abc", "0", "-2", "1e9", "%00", "2.5", "99999999999999999999"]) {
      const response = await request.get(`/?page=${page}`);
      expect(response.status(), page).toBe(200);
      expect(await response.text(), page).toContain("Page 1 of 2");
    }
    expect((await request.get("/?page=3")).status()).toBe(404);
    expect((await request.get("/categories/tea?page=2")).status()).toBe(404);
    // Search renders whole before it answers (no loading state streamed first), so past its last page is a 404 too.
    const pastSearch = await request.get("/search?q=tea&page=400");
    expect(pastSearch.status()).toBe(404);
    expect(await pastSearch.text()).toContain("Page not found");
  });

  test("search pages too, and says how many it found", async ({ page }) => {
    await page.goto("/search?q=%E8%8C%B6");
    await expect(page.getByText(/^\d+ products?$/)).toBeVisible();
  });
});
