import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  it("takes the last x-forwarded-for entry: the one the nearest proxy (or Next itself) wrote", () => {
    expect(clientIpFrom({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" })).toBe("203.0.113.9");
    expect(clientIpFrom({ "x-forwarded-for": "::1" })).toBe("::1");
  });
  it("says unknown when there is none, and never keeps a huge value", () => {
    expect(clientIpFrom(undefined)).toBe("unknown");
    expect(clientIpFrom({ "x-forwarded-for": " , " })).toBe("unknown");
    expect(clientIpFrom({ "x-forwarded-for": "x".repeat(500) })).toHaveLength(64);
  });
});
