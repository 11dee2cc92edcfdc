import { parseFaultList, type ActiveFaults } from "./faults";
import { anyHttpUrl, type UrlPolicy } from "./url-policy";

/** A merchant account the sandbox answers to. `showSecret`: the console may print the secret (a public test one). */
export type Merchant = { apiKey: string; secret: string; showSecret?: boolean };

export type SandboxTimings = {
  /** Accepted clock skew of signed requests. */
  timestampToleranceMs: number;
  /** Time between webhook deliveries of one notification. */
  webhookIntervalMs: number;
  /** An unpaid payment times out (03) after this, unless the console sets another. */
  paymentTimeoutMs: number;
  /** Long enough for a slow merchant, short enough that a hung one cannot stall the queue. */
  webhookRequestTimeoutMs: number;
  /** A claim outlives any single delivery; a lease past this means its process died. */
  webhookLeaseMs: number;
};

/** The spec: PMS gives up on a notification after five deliveries. */
export const webhookMaxAttempts = 5;

export const defaultTimings: SandboxTimings = {
  timestampToleranceMs: 300_000,
  webhookIntervalMs: 300_000,
  paymentTimeoutMs: 300_000,
  webhookRequestTimeoutMs: 10_000,
  webhookLeaseMs: 60_000,
};

/** What a sandbox is told when it is made (createSandbox); everything else is in its database. */
export type SandboxOptions = {
  merchants: readonly Merchant[];
  /**
   * The address shoppers' browsers reach the sandbox at (its pages live at
   * `${publicUrl}/pms-payment/…`), e.g. http://localhost:4010.
   */
  publicUrl: string;
  timings?: Partial<SandboxTimings>;
  /** Fault switches on from the start, as `name` or `name:ms`, comma-separated; the console overrides them one by one. */
  faults?: string;
  /** Where returnUrl and webhookUrl may point; any http(s) URL unless narrowed (./url-policy.ts). */
  urlPolicy?: UrlPolicy;
};

export type SandboxConfig = {
  merchants: readonly Merchant[];
  publicUrl: string;
  timings: SandboxTimings;
  faults: ActiveFaults;
  unknownFaults: string[];
  urlPolicy: UrlPolicy;
};

export function resolveConfig(options: SandboxOptions): SandboxConfig {
  if (options.merchants.length === 0) throw new Error("A sandbox needs at least one merchant (apiKey and secret).");
  const faults = parseFaultList(options.faults ?? "");
  return {
    merchants: options.merchants,
    publicUrl: options.publicUrl.replace(/\/+$/, ""),
    timings: { ...defaultTimings, ...options.timings },
    faults: faults.faults,
    unknownFaults: faults.unknown,
    urlPolicy: options.urlPolicy ?? anyHttpUrl,
  };
}

/** Absolute URLs of the pages a shopper's browser or phone opens. */
export function paymentPageUrl(config: Pick<SandboxConfig, "publicUrl">, token: string): string {
  return `${config.publicUrl}/pms-payment/${encodeURIComponent(token)}`;
}

export function scanPageUrl(config: Pick<SandboxConfig, "publicUrl">, token: string): string {
  return `${paymentPageUrl(config, token)}/scan`;
}
