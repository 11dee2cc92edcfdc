import { describe, expect, it } from "vitest";
import { isUrlAllowed } from "@pms-kit/sandbox";
import { resolveUrlPolicy } from "./config";

const production = resolveUrlPolicy({
  NODE_ENV: "production",
  APP_URL: "https://shop.example",
  PMS_SANDBOX_ALLOWED_ORIGINS: ["https://demo.example:8443"],
});

describe("where a sale's returnUrl and webhookUrl may point", () => {
  it("in production: APP_URL's origin and the listed origins, any path", () => {
    for (const url of [
      "https://shop.example/checkout/result?token=abc",
      "https://shop.example/api/pms/webhook/1",
      "https://demo.example:8443/return",
    ]) {
      expect(isUrlAllowed(url, production), url).toBe(true);
    }
  });

  it("in production: nothing else, not loopback, another scheme, port or subdomain", () => {
    for (const url of [
      "https://evil.example/phish",
      "http://127.0.0.1:5432/",
      "http://localhost:3000/api/pms/webhook/1",
      "http://shop.example/checkout/result",
      "https://shop.example:8443/",
      "https://www.shop.example/",
      "https://shop.example.evil.example/",
      "https://demo.example/return",
      "not a url",
    ]) {
      expect(isUrlAllowed(url, production), url).toBe(false);
    }
  });

  it("outside production: any http(s) URL, loopback included", () => {
    for (const NODE_ENV of ["development", "test"] as const) {
      const policy = resolveUrlPolicy({ NODE_ENV, APP_URL: "http://localhost:3000", PMS_SANDBOX_ALLOWED_ORIGINS: [] });
      expect(isUrlAllowed("http://127.0.0.1:9/webhook", policy)).toBe(true);
      expect(isUrlAllowed("https://elsewhere.example/return", policy)).toBe(true);
    }
  });
});
