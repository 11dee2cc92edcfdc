import { describe, expect, it } from "vitest";
import { productionStaffProblem, resolveStaffConfig } from "./staff-config";

const base = { STAFF_EMAIL: "Staff@Harbour.test", STAFF_PASSWORD: undefined, NEXTAUTH_SECRET: undefined, PMS_BASE_URL: undefined };

describe("resolveStaffConfig", () => {
  it("works out of the box in development, with a demo owner", () => {
    expect(resolveStaffConfig({ ...base, NODE_ENV: "development" })).toMatchObject({
      enabled: true,
      demoOwner: { email: "staff@harbour.test", password: "harbour-staff" },
      firstOwnerEmail: "staff@harbour.test",
    });
  });

  it("is off in production until the secret is set", () => {
    expect(resolveStaffConfig({ ...base, NODE_ENV: "production" })).toEqual({ enabled: false, reason: "NEXTAUTH_SECRET is not set" });
  });

  it("in a production demo (no real PMS) STAFF_PASSWORD makes a demo owner; without it there is none", () => {
    const secret = { NEXTAUTH_SECRET: "s".repeat(32) };
    expect(resolveStaffConfig({ ...base, ...secret, NODE_ENV: "production", STAFF_PASSWORD: "correct horse" })).toMatchObject({
      enabled: true,
      demoOwner: { email: "staff@harbour.test", password: "correct horse" },
    });
    expect(resolveStaffConfig({ ...base, ...secret, NODE_ENV: "production" })).toMatchObject({ enabled: true, demoOwner: undefined });
  });

  it("with a real PMS in production there is never a demo owner, and STAFF_PASSWORD stops the start with a pointer to staff:invite", () => {
    const real = { ...base, NODE_ENV: "production" as const, NEXTAUTH_SECRET: "s".repeat(32), PMS_BASE_URL: "https://pms.example.com", STAFF_PASSWORD: "correct horse" };
    expect(resolveStaffConfig(real)).toMatchObject({ enabled: true, demoOwner: undefined });
    expect(productionStaffProblem(real)).toMatch(/npm run staff:invite -- --owner/);
    expect(productionStaffProblem({ ...real, STAFF_PASSWORD: undefined })).toBeUndefined();
    expect(productionStaffProblem({ ...real, PMS_BASE_URL: undefined })).toBeUndefined();
  });
});
