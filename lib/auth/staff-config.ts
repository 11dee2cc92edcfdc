import type { Env } from "@/lib/env";

export type StaffConfig =
  | { enabled: true; email: string; password: string; secret: string }
  | { enabled: false; reason: string };

// Only for development and tests, where the quick start has no env file.
const developmentPassword = "harbour-staff";
const developmentSecret = "development-only-nextauth-secret-not-for-production";

/** Production needs STAFF_PASSWORD and NEXTAUTH_SECRET; without them staff sign-in is off, never open. */
export function resolveStaffConfig(env: Pick<Env, "NODE_ENV" | "STAFF_EMAIL" | "STAFF_PASSWORD" | "NEXTAUTH_SECRET">): StaffConfig {
  const production = env.NODE_ENV === "production";
  const password = env.STAFF_PASSWORD ?? (production ? undefined : developmentPassword);
  const secret = env.NEXTAUTH_SECRET ?? (production ? undefined : developmentSecret);
  if (!password) return { enabled: false, reason: "STAFF_PASSWORD is not set" };
  if (!secret) return { enabled: false, reason: "NEXTAUTH_SECRET is not set" };
  return { enabled: true, email: env.STAFF_EMAIL.toLowerCase(), password, secret };
}
