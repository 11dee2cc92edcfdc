import "server-only";
import { env, type Env } from "@/lib/env";
import { sandboxEnv } from "./env";
import { resolveUrlPolicy, type UrlPolicy } from "./url-policy";
import { resolveSandboxCredentials, resolveSandboxEnabled, SANDBOX_SECRET } from "@/lib/sandbox-mode";

type SandboxEnv = Pick<Env, "PMS_BASE_URL" | "PMS_SANDBOX">;

/**
 * The sandbox serves when no real PMS is configured, or when forced on; it
 * can be forced off. Off means every sandbox route and page answers 404.
 */
export function isSandboxEnabled(source: SandboxEnv = env): boolean {
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

export const sandboxTimings = {
  timestampToleranceMs: sandboxEnv.PMS_SANDBOX_TIMESTAMP_TOLERANCE_MS,
  webhookIntervalMs: sandboxEnv.PMS_SANDBOX_WEBHOOK_INTERVAL_MS,
  paymentTimeoutMs: sandboxEnv.PMS_SANDBOX_PAYMENT_TIMEOUT_MS,
  // Long enough for a slow merchant, short enough that a hung one cannot stall the queue.
  webhookRequestTimeoutMs: 10_000,
  // A claim outlives any single delivery; a lease past this means its process died.
  webhookLeaseMs: 60_000,
  webhookMaxAttempts: 5,
} as const;

/** Absolute URLs of the pages a shopper's browser or phone opens. */
export function paymentPageUrl(token: string): string {
  return `${env.APP_URL}/pms-payment/${encodeURIComponent(token)}`;
}

export function scanPageUrl(token: string): string {
  return `${paymentPageUrl(token)}/scan`;
}

/** Where a sale's returnUrl and webhookUrl may point: anywhere in development, our origins in production. */
export function getUrlPolicy(): UrlPolicy {
  return resolveUrlPolicy({ ...env, ...sandboxEnv });
}

/** In production the console and its switches are for staff only; in development it stays open (quick start). */
export function consoleNeedsStaff(source: Pick<Env, "NODE_ENV"> = env): boolean {
  return source.NODE_ENV === "production";
}
