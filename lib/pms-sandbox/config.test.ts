import { describe, expect, it } from "vitest";
import { getSandboxCredentials, isSandboxEnabled } from "./config";

describe("isSandboxEnabled", () => {
  it.each([
    [{ PMS_BASE_URL: undefined, PMS_SANDBOX: undefined }, true],
    [{ PMS_BASE_URL: "https://pms.example.com/tt-pms-ws/rest", PMS_SANDBOX: undefined }, false],
    [{ PMS_BASE_URL: "https://pms.example.com/tt-pms-ws/rest", PMS_SANDBOX: "on" as const }, true],
    [{ PMS_BASE_URL: undefined, PMS_SANDBOX: "off" as const }, false],
  ])("%j → %s", (source, expected) => {
    expect(isSandboxEnabled(source)).toBe(expected);
  });
});

describe("getSandboxCredentials", () => {
  it("uses the shop's credentials, else the defaults", () => {
    expect(getSandboxCredentials({ PMS_BASE_URL: undefined, PMS_API_KEY: "k", PMS_SECRET: "s" })).toEqual({
      apiKey: "k",
      secret: "s",
      isDefaultSecret: false,
    });
    expect(getSandboxCredentials({ PMS_BASE_URL: undefined, PMS_API_KEY: undefined, PMS_SECRET: undefined })).toEqual({
      apiKey: "sandbox-api-key",
      secret: "sandbox-secret",
      isDefaultSecret: true,
    });
  });

  it("never takes real credentials when a real PMS is configured", () => {
    const real = { PMS_BASE_URL: "https://pms.example.com/tt-pms-ws/rest", PMS_API_KEY: "real", PMS_SECRET: "real-secret" };
    expect(getSandboxCredentials(real)).toMatchObject({ apiKey: "sandbox-api-key", secret: "sandbox-secret" });
  });
});
