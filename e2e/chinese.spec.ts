import type { BrowserContext } from "@playwright/test";
import { expect, test } from "./fixtures";

async function useLanguage(context: BrowserContext, baseURL: string | undefined, locale: "zh-HK" | "zh-CN") {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "http://localhost" }]);
}

const runs = [
  { lang: "zh-HK", tag: " @phone", kind: "重量", added: "已將鐵觀音烏龍茶（150 克）加入購物車。", subtotal: "小計", category: "外出用品", brand: "港灣好物 Harbour Goods" },
  { lang: "zh-CN", tag: "", kind: "重量", added: "已将铁观音乌龙茶（150 克）加入购物车。", subtotal: "小计", category: "出行用品", brand: "港湾好物 Harbour Goods" },
] as const;

for (const run of runs) {
  test(`Chinese reads as written Chinese: weights as 重量 in Arabic digits, the cart's subtotal, full-width brackets, the brand's name (${run.lang})${run.tag}`, async ({
    page,
    context,
    baseURL,
  }) => {
    await useLanguage(context, baseURL, run.lang);
    await page.goto("/products/tieguanyin-oolong");
    const weights = page.getByRole("group", { name: run.kind });
    await expect(weights.getByRole("radio")).toHaveCount(2);
    await expect(weights.getByText("75 克", { exact: true })).toBeVisible();
    await weights.getByText("150 克", { exact: true }).click();
    await page.locator('form:has(input[name="variantId"]) button[type="submit"]').click();
    await expect(page.getByRole("status")).toHaveText(run.added);
    await expect(page.getByRole("contentinfo")).toContainText(run.brand);

    await page.goto("/cart");
    await expect(page.locator("dt").filter({ hasText: run.subtotal })).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(/總計|总计/);
    await page.goto("/");
    await expect(page.getByRole("link", { name: run.category }).first()).toBeVisible();
    await expect(page.locator("body")).not.toContainText(/七十五克|一百五十克|出街|攬枕|多謝|這裡/);
  });
}
