import { describe, expect, it } from "vitest";
import { devOriginsFor } from "./dev-origins.mjs";

describe("devOriginsFor (allowedDevOrigins in next.config.js)", () => {
  it("allows localhost and 127.0.0.1 for the quick start's default APP_URL", () => {
    expect(devOriginsFor(undefined)).toEqual(["localhost", "127.0.0.1"]);
    expect(devOriginsFor("http://localhost:3000")).toEqual(["localhost", "127.0.0.1"]);
  });
  it("adds APP_URL's host when the shop is opened under another name", () => {
    expect(devOriginsFor("http://shop.test:3000")).toEqual(["localhost", "127.0.0.1", "shop.test"]);
  });
  it("ignores an APP_URL that is not a URL (lib/env.ts reports it at start)", () => {
    expect(devOriginsFor("not a url")).toEqual(["localhost", "127.0.0.1"]);
  });
});
