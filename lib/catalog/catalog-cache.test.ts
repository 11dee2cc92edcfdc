import { beforeEach, describe, expect, it, vi } from "vitest";

const next = vi.hoisted(() => ({ revalidatePath: vi.fn(), after: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: next.revalidatePath }));
vi.mock("next/server", () => ({ after: next.after }));

const { cachedCatalogLayout, expireCachedCatalog, pathsToExpire } = await import("./catalog-cache");

const refuse = (message: string) => () => {
  throw new Error(message);
};

describe("expireCachedCatalog", () => {
  beforeEach(() => {
    next.revalidatePath.mockReset();
    next.after.mockReset();
  });

  it("expires every cached catalog page at once where Next allows it (route handler, server action, after())", () => {
    expect(expireCachedCatalog()).toBe("now");
    expect(next.revalidatePath).toHaveBeenCalledWith(cachedCatalogLayout, "layout");
    expect(next.after).not.toHaveBeenCalled();
  });

  it("while a page renders, waits for the response to end", () => {
    next.revalidatePath.mockImplementationOnce(refuse("used revalidatePath during render"));
    expect(expireCachedCatalog()).toBe("after-response");
    const [task] = next.after.mock.calls[0] as [() => void];
    task();
    expect(next.revalidatePath).toHaveBeenLastCalledWith(cachedCatalogLayout, "layout");
  });

  it("outside a request (a background job, a script) leaves it to the pages' revalidate window", () => {
    next.revalidatePath.mockImplementation(refuse("Invariant: static generation store missing"));
    next.after.mockImplementation(refuse("after() was called outside a request scope"));
    expect(expireCachedCatalog()).toBe("by-window");
  });

  it("never swallows Next's signal to stop rendering statically", () => {
    next.revalidatePath.mockImplementation(() => {
      throw Object.assign(new Error("dynamic"), { digest: "DYNAMIC_SERVER_USAGE" });
    });
    expect(() => expireCachedCatalog()).toThrow("dynamic");
  });
});

describe("what a change expires", () => {
  it("stock of some products renews only their pages, in every language", () => {
    expect(pathsToExpire({ productSlugs: ["clay-teapot"], listings: false })).toEqual([
      { path: "/cached/en/products/clay-teapot" },
      { path: "/cached/zh-HK/products/clay-teapot" },
      { path: "/cached/zh-CN/products/clay-teapot" },
    ]);
  });

  it("a variant that ran out, or any other change, renews the whole catalog: listings show sold out and prices", () => {
    const everything = [{ path: cachedCatalogLayout, type: "layout" }];
    expect(pathsToExpire({ productSlugs: ["clay-teapot"], listings: true })).toEqual(everything);
    expect(pathsToExpire("everything")).toEqual(everything);
  });

  it("expires each of those paths with Next", () => {
    next.revalidatePath.mockReset();
    expect(expireCachedCatalog({ productSlugs: ["clay-teapot"], listings: false })).toBe("now");
    expect(next.revalidatePath.mock.calls.map(([path]) => path)).toEqual([
      "/cached/en/products/clay-teapot",
      "/cached/zh-HK/products/clay-teapot",
      "/cached/zh-CN/products/clay-teapot",
    ]);
  });
});
