import "server-only";
import type { PmsClientConfig } from "@pms-kit/client";
import { env, type Env } from "@/lib/env";
import { resolveSandboxCredentials, resolveSandboxEnabled, SANDBOX_BASE_PATH } from "@/lib/sandbox-mode";

export type PmsConfig = Required<PmsClientConfig>;

export type PmsEnv = Pick<
  Env,
  | "APP_URL"
  | "PMS_BASE_URL"
  | "PMS_API_KEY"
  | "PMS_SECRET"
  | "PMS_STORE_CODE"
  | "PMS_TILL_ID"
  | "PMS_SALESMAN"
  | "PMS_TIMEOUT_MS"
  | "PMS_SANDBOX"
>;

export {
  resolveSandboxCredentials,
  resolveSandboxEnabled,
  SANDBOX_API_KEY,
  SANDBOX_BASE_PATH,
  SANDBOX_SECRET,
} from "@/lib/sandbox-mode";

/** Thrown by getPmsConfig. Names variables only, never their values. */
export class PmsConfigError extends Error {
  constructor(message: string) {
    super(`PMS configuration error: ${message}`);
    this.name = "PmsConfigError";
  }
}

/** Pure: derives the client configuration from an already validated environment. */
export function resolvePmsConfig(source: PmsEnv): PmsConfig {
  const common = {
    storeCode: source.PMS_STORE_CODE,
    tillId: source.PMS_TILL_ID,
    salesman: source.PMS_SALESMAN,
    timeoutMs: source.PMS_TIMEOUT_MS,
  };
  assertCredentialsPaired(source);

  if (source.PMS_BASE_URL !== undefined) {
    if (source.PMS_API_KEY === undefined || source.PMS_SECRET === undefined) {
      // Falling back to sandbox credentials against a real PMS would only fail later, per request.
      throw new PmsConfigError(
        "PMS_BASE_URL is set but PMS_API_KEY and PMS_SECRET are not. Set both to the credentials " +
          "issued by TTRetail, or unset PMS_BASE_URL to use the built-in sandbox.",
      );
    }
    return { baseUrl: source.PMS_BASE_URL, apiKey: source.PMS_API_KEY, secret: source.PMS_SECRET, ...common };
  }

  if (!resolveSandboxEnabled(source)) {
    throw new PmsConfigError(
      "PMS_BASE_URL is not set and PMS_SANDBOX=off, so there is no PMS to call. Set PMS_BASE_URL " +
        "(with PMS_API_KEY and PMS_SECRET) or allow the sandbox.",
    );
  }
  return {
    baseUrl: `${source.APP_URL}${SANDBOX_BASE_PATH}`,
    ...resolveSandboxCredentials(source),
    ...common,
  };
}

export function getPmsConfig(): PmsConfig {
  return resolvePmsConfig(env);
}

function assertCredentialsPaired(source: Pick<PmsEnv, "PMS_API_KEY" | "PMS_SECRET">): void {
  // One without the other is always a mistake; mixing a real key with the sandbox secret
  // would surface as a confusing signature error on every request.
  if ((source.PMS_API_KEY === undefined) !== (source.PMS_SECRET === undefined)) {
    throw new PmsConfigError("set both PMS_API_KEY and PMS_SECRET, or neither.");
  }
}
