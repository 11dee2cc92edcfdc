import type { Env } from "@/lib/env";

/**
 * Where the client and the built-in sandbox must agree, decided once: when
 * the sandbox serves, and which merchant credentials it takes. Both lib/pms
 * and lib/pms-sandbox read this; neither imports the other.
 */
export const SANDBOX_API_KEY = "sandbox-api-key";
export const SANDBOX_SECRET = "sandbox-secret";
/** The sandbox serves the documented base path on our own origin (docs/pms/NOTES.md #1). */
export const SANDBOX_BASE_PATH = "/tt-pms-ws/rest";

/** On when PMS_SANDBOX=on, off when PMS_SANDBOX=off, otherwise on exactly when no real PMS is configured. */
export function resolveSandboxEnabled(source: Pick<Env, "PMS_BASE_URL" | "PMS_SANDBOX">): boolean {
  if (source.PMS_SANDBOX === "on") return true;
  if (source.PMS_SANDBOX === "off") return false;
  return source.PMS_BASE_URL === undefined;
}

/**
 * With no real PMS configured, the shop's own PMS_API_KEY/PMS_SECRET (or the
 * defaults). With a real PMS configured those are real credentials, so the
 * sandbox keeps its defaults and never accepts or shows them.
 */
export function resolveSandboxCredentials(
  source: Pick<Env, "PMS_BASE_URL" | "PMS_API_KEY" | "PMS_SECRET">,
): { apiKey: string; secret: string } {
  const own = source.PMS_BASE_URL === undefined;
  return {
    apiKey: (own && source.PMS_API_KEY) || SANDBOX_API_KEY,
    secret: (own && source.PMS_SECRET) || SANDBOX_SECRET,
  };
}

/**
 * Production never falls back to the sandbox: it serves real payments
 * (PMS_BASE_URL) or a demo the operator asked for by name (PMS_SANDBOX=on),
 * never both.
 * A demo also needs credentials of its own: with the public defaults anyone
 * could sign the sandbox's test helper and approve their own payment.
 * Returns the one message startup prints before exiting, or undefined.
 */
export function productionPmsProblem(
  source: Pick<Env, "NODE_ENV" | "PMS_BASE_URL" | "PMS_SANDBOX" | "PMS_API_KEY" | "PMS_SECRET">,
): string | undefined {
  if (source.NODE_ENV !== "production") return undefined;
  if (source.PMS_BASE_URL !== undefined) {
    if (source.PMS_SANDBOX !== "on") return undefined;
    // A real shop never also serves a PMS that answers to the public sandbox credentials.
    return (
      "PMS_SANDBOX=on cannot run beside PMS_BASE_URL in production: a real shop never serves the built-in sandbox. " +
      "Unset PMS_SANDBOX to take real payments, or unset PMS_BASE_URL for a demo on the sandbox."
    );
  }
  if (source.PMS_SANDBOX !== "on") {
    return (
      "The shop cannot start in production without a PMS: set PMS_BASE_URL (with PMS_API_KEY and PMS_SECRET) " +
      "to take real payments, or set PMS_SANDBOX=on to run a public demo on the built-in sandbox, where no real money moves."
    );
  }
  const ownKey = source.PMS_API_KEY !== undefined && source.PMS_API_KEY !== SANDBOX_API_KEY;
  const ownSecret = source.PMS_SECRET !== undefined && source.PMS_SECRET !== SANDBOX_SECRET;
  if (ownKey && ownSecret) return undefined;
  return (
    "A production demo (PMS_SANDBOX=on) needs its own PMS_API_KEY and PMS_SECRET, not the public sandbox defaults: " +
    "anyone holding those could sign the sandbox's test helper and approve their own payment."
  );
}
