import { env, type Env } from "@/lib/env";
import { resolveSandboxCredentials, resolveSandboxEnabled, SANDBOX_SECRET } from "@/lib/sandbox-mode";
import { anyHttpUrl, onlyOrigins, type UrlPolicy } from "@pms-kit/sandbox";
import type { SandboxEnv } from "./env";

/**
 * How the shop mounts the sandbox package (@pms-kit/sandbox) on its own
 * origin, decided from its environment: when it serves, which credentials it
 * takes, where a sale may send shoppers and webhooks, who may use the console.
 */

type EnabledEnv = Pick<Env, "PMS_BASE_URL" | "PMS_SANDBOX">;

/**
 * The sandbox serves when no real PMS is configured, or when forced on; it
 * can be forced off. Off means every sandbox route and page answers 404.
 */
export function isSandboxEnabled(source: EnabledEnv = env): boolean {
  return resolveSandboxEnabled(source);
}

export type SandboxCredentials = { apiKey: string; secret: string; isDefaultSecret: boolean };

type CredentialsEnv = Pick<Env, "PMS_BASE_URL" | "PMS_API_KEY" | "PMS_SECRET">;

/**
 * The one merchant account the sandbox knows: the shop's own credentials,
 * or fixed defaults. When a real PMS is configured (PMS_BASE_URL set, the
 * sandbox forced on beside it) PMS_API_KEY/PMS_SECRET are the real ones, so
 * the sandbox keeps its defaults and never accepts or shows them.
 */
export function getSandboxCredentials(source: CredentialsEnv = env): SandboxCredentials {
  const credentials = resolveSandboxCredentials(source);
  return { ...credentials, isDefaultSecret: credentials.secret === SANDBOX_SECRET };
}

type PolicyEnv = Pick<Env, "NODE_ENV" | "APP_URL"> & Pick<SandboxEnv, "PMS_SANDBOX_ALLOWED_ORIGINS">;

/**
 * Where a sale's returnUrl and webhookUrl may point: anywhere in development;
 * in production only the shop's own origin and those the operator lists, so
 * that our origin is no open redirect and the sandbox posts to no internal service.
 */
export function resolveUrlPolicy(source: PolicyEnv): UrlPolicy {
  if (source.NODE_ENV !== "production") return anyHttpUrl;
  return onlyOrigins([new URL(source.APP_URL).origin, ...source.PMS_SANDBOX_ALLOWED_ORIGINS]);
}

/** In production the console and its switches are for staff only; in development it stays open (quick start). */
export function consoleNeedsStaff(source: Pick<Env, "NODE_ENV"> = env): boolean {
  return source.NODE_ENV === "production";
}
