import "server-only";
import { createPmsClient, type PmsClient, type PmsClientDeps } from "@pms-kit/client";
import { getPmsConfig } from "./config";

// The shop's seam to PMS: the protocol lives in packages/pms-client; this module only supplies
// the configuration this shop reads from its environment.
export * from "@pms-kit/client";
export {
  getPmsConfig,
  PmsConfigError,
  resolvePmsConfig,
  resolveSandboxCredentials,
  resolveSandboxEnabled,
  SANDBOX_API_KEY,
  SANDBOX_BASE_PATH,
  SANDBOX_SECRET,
  type PmsConfig,
  type PmsEnv,
} from "./config";

/** Client for the configured PMS. Throws PmsConfigError when the configuration is unusable. */
export function getPmsClient(deps?: PmsClientDeps): PmsClient {
  return createPmsClient(getPmsConfig(), deps);
}
