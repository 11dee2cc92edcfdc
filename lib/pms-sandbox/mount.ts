import "server-only";
import { createSandbox, scanPageUrl as packageScanPageUrl, type PmsOperationName, type Sandbox } from "@pms-kit/sandbox";
import { getDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { getSandboxCredentials, isSandboxEnabled, resolveUrlPolicy } from "./config";
import { sandboxEnv } from "./env";

export { isSandboxEnabled } from "./config";

let mounted: { db: Db; sandbox: Sandbox } | undefined;

/**
 * The sandbox package over the shop's own database (its tables live in their
 * own `pms_sandbox` schema, created with the shop's migrations), configured
 * from the shop's environment. One per database: tests that swap the
 * database get a sandbox over the new one.
 */
export async function getSandbox(): Promise<Sandbox> {
  const db = await getDb();
  if (mounted?.db !== db) mounted = { db, sandbox: createSandboxOn(db) };
  return mounted.sandbox;
}

function createSandboxOn(db: Db): Sandbox {
  const credentials = getSandboxCredentials();
  return createSandbox({
    db,
    // The console shows the secret only when it is the public default, never a configured one.
    merchants: [{ apiKey: credentials.apiKey, secret: credentials.secret, showSecret: credentials.isDefaultSecret }],
    publicUrl: env.APP_URL,
    timings: {
      timestampToleranceMs: sandboxEnv.PMS_SANDBOX_TIMESTAMP_TOLERANCE_MS,
      webhookIntervalMs: sandboxEnv.PMS_SANDBOX_WEBHOOK_INTERVAL_MS,
      paymentTimeoutMs: sandboxEnv.PMS_SANDBOX_PAYMENT_TIMEOUT_MS,
    },
    faults: sandboxEnv.PMS_SANDBOX_FAULTS,
    urlPolicy: resolveUrlPolicy({ ...env, ...sandboxEnv }),
  });
}

/** The API routes under /tt-pms-ws/rest: a plain 404 while the sandbox is off. */
export async function handleSandboxApi(operation: PmsOperationName, request: Request): Promise<Response> {
  if (!isSandboxEnabled()) return new Response("Not Found", { status: 404 });
  return (await getSandbox()).handle(operation, request);
}

export function scanPageUrl(token: string): string {
  return packageScanPageUrl({ publicUrl: env.APP_URL }, token);
}
