import { describe, expect, it } from "vitest";
import { returnPathFrom } from "./return-path";

describe("returnPathFrom", () => {
  it("gives the path and query of the page, never its host", () => {
    expect(returnPathFrom("http://localhost:3000/products/jasmine-tea")).toBe("/products/jasmine-tea");
    expect(returnPathFrom("http://127.0.0.1:3000/?sort=newest")).toBe("/?sort=newest");
    expect(returnPathFrom("https://evil.example/cart")).toBe("/cart");
  });

  it("gives nothing for a path read as another host, another scheme, garbage or no Referer", () => {
    expect(returnPathFrom("http://localhost:3000//evil.example/x")).toBeUndefined();
    expect(returnPathFrom("http://localhost:3000/\\evil.example")).toBeUndefined();
    expect(returnPathFrom("javascript:alert(1)")).toBeUndefined();
    expect(returnPathFrom("not a url")).toBeUndefined();
    expect(returnPathFrom(null)).toBeUndefined();
  });
});
