import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, buildSecurityHeaders, createNonce } from "./headers";

const base = { nonce: "bm9uY2U=", appUrl: "http://localhost:3000", pmsBaseUrl: undefined, development: false };
const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.split(" ")[0] === name);

describe("buildContentSecurityPolicy", () => {
  it("has the baseline directives", () => {
    const policy = buildContentSecurityPolicy(base);
    expect(directive(policy, "default-src")).toBe("default-src 'self'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("runs only scripts with this request's nonce, and never eval in production", () => {
    const policy = buildContentSecurityPolicy(base);
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(directive(buildContentSecurityPolicy({ ...base, development: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("on a cached catalog page, allows our own and inline scripts (no nonce can be on them), and is otherwise as strict", () => {
    const cached = buildContentSecurityPolicy({ ...base, nonce: null, pmsBaseUrl: "http://localhost:4000/tt-pms-ws/rest" });
    const perRequest = buildContentSecurityPolicy({ ...base, pmsBaseUrl: "http://localhost:4000/tt-pms-ws/rest" });
    expect(directive(cached, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(cached).not.toContain("nonce");
    const others = (policy: string) => policy.split("; ").filter((part) => !part.startsWith("script-src "));
    expect(others(cached)).toEqual(others(perRequest));
    expect(directive(cached, "form-action")).toBe("form-action 'self' http://localhost:4000");
  });

  it("lets forms reach PMS on another origin (another port counts), and only that origin", () => {
    const policy = buildContentSecurityPolicy({ ...base, pmsBaseUrl: "http://localhost:4000/tt-pms-ws/rest" });
    expect(directive(policy, "form-action")).toBe("form-action 'self' http://localhost:4000");
    expect(directive(buildContentSecurityPolicy(base), "form-action")).toBe("form-action 'self'");
  });
});

describe("buildSecurityHeaders", () => {
  it("always sends nosniff, a referrer policy and a permissions policy", () => {
    const headers = buildSecurityHeaders(base);
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": expect.stringContaining("camera=()"),
    });
  });

  it("sends HSTS (and upgrades requests) only when APP_URL is https", () => {
    expect(buildSecurityHeaders(base)).not.toHaveProperty("Strict-Transport-Security");
    const https = buildSecurityHeaders({ ...base, appUrl: "https://shop.example" });
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });
});

describe("createNonce", () => {
  it("is fresh each time and at least 128 bits", () => {
    const a = createNonce();
    expect(a).not.toBe(createNonce());
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });
});
