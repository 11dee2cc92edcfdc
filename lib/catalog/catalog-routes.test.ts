import { describe, expect, it } from "vitest";
import { cachedCatalogPath, isInternalCatalogPath } from "./catalog-routes";

const none = new URLSearchParams();

describe("cachedCatalogPath", () => {
  it("gives each catalog page an internal path naming its language and listing options", () => {
    expect(cachedCatalogPath("/", none, "en")).toBe("/cached/en/featured.all.1");
    expect(cachedCatalogPath("/", new URLSearchParams("sort=price-desc&instock=1&page=3"), "zh-HK")).toBe("/cached/zh-HK/price-desc.in-stock.3");
    expect(cachedCatalogPath("/products/jasmine-tea", none, "zh-CN")).toBe("/cached/zh-CN/products/jasmine-tea");
    expect(cachedCatalogPath("/categories/tea", new URLSearchParams("sort=newest"), "en")).toBe("/cached/en/categories/tea/newest.all.1");
    expect(cachedCatalogPath("/categories/tea", new URLSearchParams("page=2"), "en")).toBe("/cached/en/categories/tea/featured.all.2");
  });

  it("reads a page number that is not a plain page number as page 1: one cache entry per real page", () => {
    for (const page of ["0", "-1", "02", "1e3", "abc", "2.5", "99999999999999999999", "10001", "%00", ""]) {
      expect(cachedCatalogPath("/", new URLSearchParams({ page }), "en"), page).toBe("/cached/en/featured.all.1");
    }
    expect(cachedCatalogPath("/", new URLSearchParams("page=10000"), "en")).toBe("/cached/en/featured.all.10000");
  });

  it("reads unknown listing options as the defaults, as the listing always has", () => {
    expect(cachedCatalogPath("/", new URLSearchParams("sort=<script>&instock=yes&utm_source=x"), "en")).toBe("/cached/en/featured.all.1");
  });

  it("leaves every other path alone: money, personal data, search, files", () => {
    for (const path of ["/cart", "/checkout", "/checkout/result", "/orders", "/orders/x", "/account", "/search", "/admin", "/pms-sandbox"]) {
      expect(cachedCatalogPath(path, none, "en")).toBeUndefined();
    }
    expect(cachedCatalogPath("/products/clay-teapot.svg", none, "en")).toBeUndefined();
    expect(cachedCatalogPath("/products/Jasmine-Tea", none, "en")).toBeUndefined();
    expect(cachedCatalogPath("/products/a/b", none, "en")).toBeUndefined();
    expect(cachedCatalogPath("/products/", none, "en")).toBeUndefined();
    expect(cachedCatalogPath(`/products/${"a".repeat(101)}`, none, "en")).toBeUndefined();
  });
});

describe("isInternalCatalogPath", () => {
  it("knows the internal paths, and only them", () => {
    expect(isInternalCatalogPath("/cached/en/products/x")).toBe(true);
    expect(isInternalCatalogPath("/cached")).toBe(true);
    expect(isInternalCatalogPath("/cachedx")).toBe(false);
    expect(isInternalCatalogPath("/products/x")).toBe(false);
  });
});
