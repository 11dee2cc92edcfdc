import { describe, expect, it } from "vitest";
import { parseEnvWith } from "@/lib/env";
import { sandboxEnvSchema } from "./env";

const parse = (source: Record<string, string | undefined>) => parseEnvWith(sandboxEnvSchema, source);

describe("the sandbox's own variables", () => {
  it("have the documented defaults", () => {
    expect(parse({})).toEqual({
      PMS_SANDBOX_TIMESTAMP_TOLERANCE_MS: 300_000,
      PMS_SANDBOX_WEBHOOK_INTERVAL_MS: 300_000,
      PMS_SANDBOX_PAYMENT_TIMEOUT_MS: 300_000,
      PMS_SANDBOX_FAULTS: "",
      PMS_SANDBOX_ALLOWED_ORIGINS: [],
    });
  });

  it("read PMS_SANDBOX_ALLOWED_ORIGINS as a comma-separated list of origins", () => {
    expect(parse({ PMS_SANDBOX_ALLOWED_ORIGINS: " https://demo.example, http://127.0.0.1:4000/ ,," }).PMS_SANDBOX_ALLOWED_ORIGINS).toEqual([
      "https://demo.example",
      "http://127.0.0.1:4000",
    ]);
  });

  it.each(["demo.example", "ftp://demo.example", "https://demo.example/shop", "https://user:pw@demo.example", "https://a.example,nope"])(
    "refuse %j in PMS_SANDBOX_ALLOWED_ORIGINS, naming the variable",
    (value) => {
      expect(() => parse({ PMS_SANDBOX_ALLOWED_ORIGINS: value })).toThrowError(/PMS_SANDBOX_ALLOWED_ORIGINS: must be http\(s\) origins/);
    },
  );

  it("name a bad timing variable and say what is wrong", () => {
    expect(() => parse({ PMS_SANDBOX_WEBHOOK_INTERVAL_MS: "soon" })).toThrowError(
      /PMS_SANDBOX_WEBHOOK_INTERVAL_MS: must be a whole number of milliseconds/,
    );
  });
});
