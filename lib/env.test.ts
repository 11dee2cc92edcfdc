import { describe, expect, it } from "vitest";
import { parseEnv, pgliteDirOf } from "./env";

describe("parseEnv", () => {
  it("applies documented defaults to an empty environment", () => {
    const env = parseEnv({});
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBeUndefined();
    expect(pgliteDirOf(env)).toBe(".data/pglite");
    expect(env.PMS_STORE_CODE).toBe("ST01");
    expect(env.PMS_TILL_ID).toBe("01");
    expect(env.PMS_SALESMAN).toBe("9999");
    expect(env.PMS_TIMEOUT_MS).toBe(10_000);
  });

  it("reads the late re-check delays as an increasing list, and refuses any other", () => {
    expect(parseEnv({}).PAYMENT_LATE_CHECKS_MS).toEqual([3_600_000, 21_600_000, 86_400_000]);
    expect(parseEnv({ PAYMENT_LATE_CHECKS_MS: "50, 200" }).PAYMENT_LATE_CHECKS_MS).toEqual([50, 200]);
    expect(() => parseEnv({ PAYMENT_LATE_CHECKS_MS: "200,50" })).toThrowError(/PAYMENT_LATE_CHECKS_MS: must be increasing/);
    expect(() => parseEnv({ PAYMENT_LATE_CHECKS_MS: "1h" })).toThrowError(/PAYMENT_LATE_CHECKS_MS/);
    expect(() => parseEnv({ WEBHOOK_INBOX_MAX_ATTEMPTS: "0" })).toThrowError(/WEBHOOK_INBOX_MAX_ATTEMPTS: must be greater than zero/);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", APP_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("strips a trailing slash from APP_URL", () => {
    expect(parseEnv({ APP_URL: "https://shop.example/" }).APP_URL).toBe("https://shop.example");
  });

  it("names every bad variable and says what is wrong", () => {
    expect(() =>
      parseEnv({ DATABASE_URL: "mysql://x", PMS_TIMEOUT_MS: "soon", APP_URL: "ftp://x" }),
    ).toThrowError(/DATABASE_URL: must be a postgres[\s\S]*APP_URL[\s\S]*PMS_TIMEOUT_MS: must be a whole number of milliseconds/);
  });
});
