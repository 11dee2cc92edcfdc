import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

async function useLanguage(context: BrowserContext, baseURL: string | undefined, locale: "en" | "zh-HK") {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "http://localhost" }]);
}

/** The cart's lines as "name × quantity" text, read from the cart page. */
async function cartLines(page: Page) {
  await page.goto("/cart");
  return page.getByTestId("cart-line").allTextContents();
}

test("after adding, the chosen size and quantity stay chosen, the price stays theirs, and a second press adds the same item", async ({ page }) => {
  await page.goto("/products/tieguanyin-oolong");
  const sizes = page.getByRole("group", { name: "Weight" });
  await sizes.getByText("150 g", { exact: true }).click();
  await page.getByLabel("Quantity").selectOption("3");
  await expect(page.getByTestId("product-price")).toHaveText("HK$178.00");

  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status")).toHaveText("Added Tieguanyin Oolong Tea (150 g) to your cart.");
  await expect(sizes.getByRole("radio", { name: "150 g" })).toBeChecked();
  await expect(sizes.getByRole("radio", { name: "75 g" })).not.toBeChecked();
  await expect(page.getByLabel("Quantity")).toHaveValue("3");
  await expect(page.getByTestId("product-price")).toHaveText("HK$178.00");

  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("cart-count")).toContainText("6");
  const lines = await cartLines(page);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain("Tieguanyin Oolong Tea (150 g)");
  await expect(page.getByTestId("cart-subtotal")).toHaveText("HK$1,068.00");
});

test("T 恤：加入 L 碼後仍然選着 L 碼和所選數量，再按一次加入的也是 L 碼 @phone", async ({ page, context, baseURL }) => {
  await useLanguage(context, baseURL, "zh-HK");
  await page.goto("/products/ding-ding-tee");
  const large = page.getByRole("radio", { name: "大碼 L", exact: true });
  await page.getByText("大碼 L", { exact: true }).click();
  await page.getByLabel("數量").selectOption("2");
  await page.getByRole("button", { name: "加入購物車" }).click();
  await expect(page.getByRole("status")).toContainText("大碼 L");
  await expect(large).toBeChecked();
  await expect(page.getByRole("radio", { name: "細碼 S", exact: true })).not.toBeChecked();
  await expect(page.getByLabel("數量")).toHaveValue("2");

  await page.getByRole("button", { name: "加入購物車" }).click();
  await expect(page.getByTestId("cart-count")).toContainText("4");
  const lines = await cartLines(page);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain("大碼 L");
});
