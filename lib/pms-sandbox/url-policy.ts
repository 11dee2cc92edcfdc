import type { Env } from "@/lib/env";
import type { SandboxEnv } from "./env";

/**
 * Where a sale may send the shopper (returnUrl) and the sandbox's POSTs
 * (webhookUrl). In production anything else would make our origin an open
 * redirect and the sandbox a request forger against internal services, so
 * only the shop's own origin and those the operator lists are allowed.
 */
export type UrlPolicy = { anyHttpUrl: true } | { anyHttpUrl: false; origins: readonly string[] };

type PolicyEnv = Pick<Env, "NODE_ENV" | "APP_URL"> & Pick<SandboxEnv, "PMS_SANDBOX_ALLOWED_ORIGINS">;

export function resolveUrlPolicy(source: PolicyEnv): UrlPolicy {
  if (source.NODE_ENV !== "production") return { anyHttpUrl: true };
  return { anyHttpUrl: false, origins: [new URL(source.APP_URL).origin, ...source.PMS_SANDBOX_ALLOWED_ORIGINS] };
}

/** The URL's syntax is checked before this; here only its origin counts (scheme, host and port). */
export function isUrlAllowed(url: string, policy: UrlPolicy): boolean {
  if (policy.anyHttpUrl) return true;
  try {
    return policy.origins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}
