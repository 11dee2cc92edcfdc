import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { PmsConfigError, resolvePmsConfig, resolveSandboxCredentials, resolveSandboxEnabled } from "./config";

describe("resolvePmsConfig", () => {
  it("targets the sandbox on our own origin when PMS_BASE_URL is unset", () => {
    const config = resolvePmsConfig(parseEnv({ APP_URL: "http://localhost:3000/" }));
    expect(config).toEqual({
      baseUrl: "http://localhost:3000/tt-pms-ws/rest",
      apiKey: "sandbox-api-key",
      secret: "sandbox-secret",
      storeCode: "ST01",
      tillId: "01",
      salesman: "9999",
      timeoutMs: 10_000,
    });
  });

  it("uses PMS_API_KEY/PMS_SECRET for the sandbox when given", () => {
    const config = resolvePmsConfig(parseEnv({ PMS_API_KEY: "k", PMS_SECRET: "s" }));
    expect(config).toMatchObject({ apiKey: "k", secret: "s", baseUrl: "http://localhost:3000/tt-pms-ws/rest" });
  });

  it("uses the real PMS with its credentials and store settings", () => {
    const config = resolvePmsConfig(
      parseEnv({
        PMS_BASE_URL: "https://pms.example/tt-pms-ws/rest/",
        PMS_API_KEY: "real-key",
        PMS_SECRET: "real-secret",
        PMS_STORE_CODE: "WP001",
        PMS_TIMEOUT_MS: "2500",
      }),
    );
    expect(config).toMatchObject({
      baseUrl: "https://pms.example/tt-pms-ws/rest",
      apiKey: "real-key",
      secret: "real-secret",
      storeCode: "WP001",
      timeoutMs: 2500,
    });
  });

  it("refuses a real PMS URL without credentials, naming the variables", () => {
    expect(() => resolvePmsConfig(parseEnv({ PMS_BASE_URL: "https://pms.example" }))).toThrow(PmsConfigError);
    expect(() => resolvePmsConfig(parseEnv({ PMS_BASE_URL: "https://pms.example" }))).toThrow(
      /PMS_API_KEY and PMS_SECRET/,
    );
  });

  it("refuses half a credential pair without echoing it", () => {
    const attempt = () => resolvePmsConfig(parseEnv({ PMS_BASE_URL: "https://pms.example", PMS_API_KEY: "k-123" }));
    expect(attempt).toThrow(PmsConfigError);
    expect(attempt).not.toThrow(/k-123/);
  });

  it("refuses to run with neither a PMS URL nor the sandbox", () => {
    expect(() => resolvePmsConfig(parseEnv({ PMS_SANDBOX: "off" }))).toThrow(/PMS_SANDBOX=off/);
  });
});

describe("resolveSandboxEnabled", () => {
  it("is on by default only without a real PMS, and obeys PMS_SANDBOX", () => {
    expect(resolveSandboxEnabled({ PMS_BASE_URL: undefined, PMS_SANDBOX: undefined })).toBe(true);
    expect(resolveSandboxEnabled({ PMS_BASE_URL: "https://pms.example", PMS_SANDBOX: undefined })).toBe(false);
    expect(resolveSandboxEnabled({ PMS_BASE_URL: "https://pms.example", PMS_SANDBOX: "on" })).toBe(true);
    expect(resolveSandboxEnabled({ PMS_BASE_URL: undefined, PMS_SANDBOX: "off" })).toBe(false);
  });
});

describe("resolveSandboxCredentials", () => {
  it("never hands real credentials to the sandbox", () => {
    expect(
      resolveSandboxCredentials({ PMS_BASE_URL: "https://pms.example", PMS_API_KEY: "real", PMS_SECRET: "real" }),
    ).toEqual({ apiKey: "sandbox-api-key", secret: "sandbox-secret" });
    expect(resolveSandboxCredentials({ PMS_BASE_URL: undefined, PMS_API_KEY: "k", PMS_SECRET: "s" })).toEqual({
      apiKey: "k",
      secret: "s",
    });
  });
});
