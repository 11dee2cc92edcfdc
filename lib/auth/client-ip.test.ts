import { describe, expect, it } from "vitest";
import { clientIpFrom, peerAddressHeader } from "./client-ip";

describe("clientIpFrom", () => {
  it("with no proxy (the default) takes the socket's address: x-forwarded-for is the client's own writing", () => {
    const spoofed = { "x-forwarded-for": "198.51.100.7", [peerAddressHeader]: "203.0.113.9" };
    expect(clientIpFrom(spoofed, 0)).toBe("203.0.113.9");
  });

  it("behind N trusted proxies takes the Nth entry from the right: what the outermost one saw", () => {
    // The client forged the first entry; our one proxy appended the address it saw.
    const viaOne = { "x-forwarded-for": "198.51.100.7, 203.0.113.9", [peerAddressHeader]: "10.0.0.2" };
    expect(clientIpFrom(viaOne, 1)).toBe("203.0.113.9");
    const viaTwo = { "x-forwarded-for": "198.51.100.7, 203.0.113.9, 10.0.0.1", [peerAddressHeader]: "10.0.0.2" };
    expect(clientIpFrom(viaTwo, 2)).toBe("203.0.113.9");
  });

  it("a request that passed fewer proxies than configured is taken at its socket's address", () => {
    expect(clientIpFrom({ [peerAddressHeader]: "203.0.113.9" }, 1)).toBe("203.0.113.9");
  });

  it("reads Headers as well as plain objects", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "a, b", [peerAddressHeader]: "c" }), 1)).toBe("b");
  });

  it("says unknown when there is nothing, and never keeps a huge value", () => {
    expect(clientIpFrom(undefined, 0)).toBe("unknown");
    expect(clientIpFrom({ "x-forwarded-for": " , " }, 1)).toBe("unknown");
    expect(clientIpFrom({ [peerAddressHeader]: "x".repeat(500) }, 0)).toHaveLength(64);
  });
});
