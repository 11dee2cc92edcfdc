import type { Env } from "@/lib/env";

/**
 * How staff sign in, decided once from the environment. Staff are rows of
 * their own (lib/staff); STAFF_EMAIL + STAFF_PASSWORD are a convenience
 * for development and demo mode only: a demo owner without a second factor.
 * Production needs NEXTAUTH_SECRET, and a production shop on a real PMS
 * refuses STAFF_PASSWORD at start (productionStaffProblem).
 */
export type StaffConfig =
  | { enabled: true; secret: string; demoOwner: { email: string; password: string } | undefined; firstOwnerEmail: string }
  | { enabled: false; reason: string };

// Only for development and tests, where the quick start has no env file.
const developmentPassword = "harbour-staff";
const developmentSecret = "development-only-nextauth-secret-not-for-production";

type Source = Pick<Env, "NODE_ENV" | "STAFF_EMAIL" | "STAFF_PASSWORD" | "NEXTAUTH_SECRET" | "PMS_BASE_URL">;

/** Production without NEXTAUTH_SECRET has no staff sign-in at all, never an open one. */
export function resolveStaffConfig(env: Source): StaffConfig {
  const production = env.NODE_ENV === "production";
  const secret = env.NEXTAUTH_SECRET ?? (production ? undefined : developmentSecret);
  if (!secret) return { enabled: false, reason: "NEXTAUTH_SECRET is not set" };
  const email = env.STAFF_EMAIL.toLowerCase();
  const realShop = production && env.PMS_BASE_URL !== undefined;
  const password = realShop ? undefined : (env.STAFF_PASSWORD ?? (production ? undefined : developmentPassword));
  return { enabled: true, secret, demoOwner: password ? { email, password } : undefined, firstOwnerEmail: email };
}

/** The message startup prints before exiting, or undefined. */
export function productionStaffProblem(env: Source): string | undefined {
  if (env.NODE_ENV !== "production" || env.PMS_BASE_URL === undefined || env.STAFF_PASSWORD === undefined) return undefined;
  return (
    "STAFF_PASSWORD is refused in production with a real PMS (PMS_BASE_URL): a shared password with no second factor " +
    "must not open a back office that takes real money. Unset it, and make the first owner with " +
    "`npm run staff:invite -- --owner you@example.com`, which prints a one-time link."
  );
}

/** Said once at start when the demo owner is on. */
export function demoOwnerWarning(config: StaffConfig): string | undefined {
  if (!config.enabled || !config.demoOwner) return undefined;
  return (
    `[startup] STAFF_EMAIL/STAFF_PASSWORD sign ${config.demoOwner.email} in as a demo owner with no second factor. ` +
    "Fine for development or a demo; invite real staff at /admin/staff."
  );
}
