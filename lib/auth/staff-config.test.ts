import { describe, expect, it } from "vitest";
import { resolveStaffConfig } from "./staff-config";

const base = { STAFF_EMAIL: "Staff@Harbour.test", STAFF_PASSWORD: undefined, NEXTAUTH_SECRET: undefined };

describe("resolveStaffConfig", () => {
  it("works out of the box in development", () => {
    expect(resolveStaffConfig({ ...base, NODE_ENV: "development" })).toMatchObject({ enabled: true, email: "staff@harbour.test" });
  });
  it("is off in production until both the password and the secret are set", () => {
    expect(resolveStaffConfig({ ...base, NODE_ENV: "production" })).toEqual({ enabled: false, reason: "STAFF_PASSWORD is not set" });
    expect(resolveStaffConfig({ ...base, NODE_ENV: "production", STAFF_PASSWORD: "correct horse" })).toEqual({
      enabled: false,
      reason: "NEXTAUTH_SECRET is not set",
    });
    expect(
      resolveStaffConfig({ ...base, NODE_ENV: "production", STAFF_PASSWORD: "correct horse", NEXTAUTH_SECRET: "s".repeat(32) }),
    ).toMatchObject({ enabled: true, password: "correct horse" });
  });
});
