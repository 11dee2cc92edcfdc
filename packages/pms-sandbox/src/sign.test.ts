import { describe, expect, it } from "vitest";
import { computeSign, isValidSign } from "./sign";

describe("computeSign", () => {
  it("is Base64(HMAC-SHA1(key, message)) — the RFC 2104 sample", () => {
    // HMAC_SHA1("key", "The quick brown fox jumps over the lazy dog") = de7c9b85…c9db4d9
    expect(computeSign("The quick brown fox jumps over the lazy dog", "key")).toBe(
      Buffer.from("de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9", "hex").toString("base64"),
    );
  });

  it("signs a number and its digit string alike, as the spec's two forms of timestamp", () => {
    expect(computeSign(1623205724171, "secret")).toBe(computeSign("1623205724171", "secret"));
    expect(computeSign(1623205724171, "secret")).toMatch(/^[A-Za-z0-9+/]{27}=$/);
  });
});

describe("isValidSign", () => {
  const sign = computeSign(1700000000000, "secret");

  it("accepts the right signature", () => {
    expect(isValidSign(1700000000000, sign, "secret")).toBe(true);
  });

  it("refuses a wrong secret, another timestamp, a truncated or empty signature", () => {
    expect(isValidSign(1700000000000, sign, "other")).toBe(false);
    expect(isValidSign(1700000000001, sign, "secret")).toBe(false);
    expect(isValidSign(1700000000000, sign.slice(0, -2), "secret")).toBe(false);
    expect(isValidSign(1700000000000, "", "secret")).toBe(false);
  });
});
