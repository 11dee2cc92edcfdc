import { describe, expect, it } from "vitest";
import { planRequest } from "./request-plan";

const plan = (path: string, localeCookie?: string, acceptLanguage: string | null = null) => {
  const url = new URL(path, "http://shop.test");
  return planRequest({ pathname: url.pathname, search: url.searchParams, localeCookie, acceptLanguage });
};

describe("planRequest", () => {
  it("serves the public catalog from cache, in the language of the cookie, else of Accept-Language", () => {
    expect(plan("/")).toEqual({ kind: "cached-catalog", rewriteTo: "/cached/en/featured.all.1" });
    expect(plan("/products/jasmine-tea", "zh-HK", "en")).toEqual({ kind: "cached-catalog", rewriteTo: "/cached/zh-HK/products/jasmine-tea" });
    expect(plan("/categories/tea?instock=1", undefined, "zh-CN,zh;q=0.9")).toEqual({
      kind: "cached-catalog",
      rewriteTo: "/cached/zh-CN/categories/tea/featured.in-stock.1",
    });
    expect(plan("/", "klingon", "zh-TW")).toEqual({ kind: "cached-catalog", rewriteTo: "/cached/zh-HK/featured.all.1" });
  });

  it("renders every page that handles money or personal data per request, under a nonce", () => {
    const paths = ["/cart", "/checkout", "/checkout/result?x=1", "/orders", "/orders/abc", "/account", "/account/sign-in", "/search?q=tea"];
    for (const path of [...paths, "/admin", "/admin/payments/x", "/pms-sandbox", "/pms-payment/t", "/api/cart/summary", "/no-such-page"]) {
      expect(plan(path)).toEqual({ kind: "per-request" });
    }
  });

  it("never serves an internal catalog path asked for from outside", () => {
    expect(plan("/cached/en/products/jasmine-tea")).toEqual({ kind: "internal-path", rewriteTo: "/_internal" });
  });
});
