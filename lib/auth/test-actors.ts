import type { StaffActor, StaffRole } from "./actor";

/**
 * Actors for tests of functions that take one: the caller passes who is
 * acting, so a test needs no session and no module mock, only a value.
 */
export function testActor(role: StaffRole = "staff", overrides: Partial<StaffActor> = {}): StaffActor {
  const email = overrides.email ?? (role === "staff" ? "staff@harbour.test" : `${role.replace("_", "-")}@harbour.test`);
  return { id: "00000000-0000-4000-8000-000000000001", email, name: "Test Staff", role, clientIp: "192.0.2.1", ...overrides };
}
