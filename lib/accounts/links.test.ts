import { describe, expect, it } from "vitest";
import { hashLinkToken, safeCallbackPath } from "./links";

describe("callbackUrl stays on our origin", () => {
  it("keeps a path of ours", () => {
    expect(safeCallbackPath("/orders/abc?x=1")).toBe("/orders/abc?x=1");
  });
  it("refuses other origins, protocol-relative and backslash tricks", () => {
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", 42, undefined, "/a\nb"]) {
      expect(safeCallbackPath(bad)).toBe("/account");
    }
  });
});

describe("link tokens", () => {
  it("hash as next-auth's Email provider does: sha256 of token then secret", () => {
    expect(hashLinkToken("abc", "s")).toBe("938074ac65401e8c22ea06b5d9bdcc9c4450b311b080c929aee32e04763f6bf4");
    expect(hashLinkToken("abc", "s")).not.toBe(hashLinkToken("abc", "t"));
  });
});
