import { describe, expect, it } from "vitest";
import { getImplicitTags } from "next/dist/server/lib/implicit-tags";
import { catalogTagsToExpire, cachedCatalogLayout } from "@/lib/catalog/catalog-cache";
import { cacheTagOfPath } from "./expiries";

// The tags a cached page carries are Next's; ours must name the same ones or an expiry misses the page.
describe("the tags a path expires", () => {
  it("are the tags Next gives the catalog's cached pages", async () => {
    const { tags } = await getImplicitTags("/(catalog)/cached/[locale]/products/[slug]/page", "/cached/en/products/clay-teapot", null);
    expect(tags).toContain(cacheTagOfPath(cachedCatalogLayout, "layout"));
    expect(tags).toContain(cacheTagOfPath("/cached/en/products/clay-teapot"));
    const listing = await getImplicitTags("/(catalog)/cached/[locale]/[listing]/page", "/cached/zh-HK/featured", null);
    expect(listing.tags).toContain(catalogTagsToExpire("everything")[0]);
  });

  it("are what revalidatePath would name: trailing slash dropped, type appended", () => {
    expect(cacheTagOfPath("/cached/en/products/x/")).toBe("_N_T_/cached/en/products/x");
    expect(cacheTagOfPath("/", "layout")).toBe("_N_T_/layout");
    expect(cacheTagOfPath("/產品")).toBe(`_N_T_${encodeURI("/產品")}`);
  });

  it("for a stock change, one product page per language; for anything else, the catalog's layout", () => {
    expect(catalogTagsToExpire({ productSlugs: ["clay-teapot"], listings: false })).toEqual([
      "_N_T_/cached/en/products/clay-teapot",
      "_N_T_/cached/zh-HK/products/clay-teapot",
      "_N_T_/cached/zh-CN/products/clay-teapot",
    ]);
    expect(catalogTagsToExpire({ productSlugs: ["clay-teapot"], listings: true })).toEqual(["_N_T_/(catalog)/cached/[locale]/layout"]);
  });
});
