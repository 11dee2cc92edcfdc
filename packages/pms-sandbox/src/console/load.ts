import type { SandboxConfig } from "../config";
import { faultNames, mergeFaults, type ActiveFaults, type FaultName } from "../faults";
import type { Db } from "../store/db";
import { listAttemptsOf, listRecentDeliveries } from "../store/deliveries";
import type { PmsTransaction, PmsWebhookAttempt, PmsWebhookDelivery } from "../store/schema";
import { readSandboxSettings } from "../store/settings";
import { listRecentTransactions } from "../store/transactions";
import { redactRequest, redactUrl, summarizeAnswer } from "./redact";

export type FaultRow = {
  name: FaultName;
  active: boolean;
  ms?: number;
  // Where the current state comes from: the sandbox's start (environment, command line), a console switch, or neither.
  source: "env" | "console" | "off";
};

export type ConsoleData = {
  credentials: Array<{ apiKey: string; secret: string | null }>;
  timings: { toleranceMs: number; webhookIntervalMs: number; paymentTimeoutMs: number; paymentTimeoutFromConsole: boolean };
  unknownEnvFaults: string[];
  faults: FaultRow[];
  transactions: PmsTransaction[];
  deliveries: Array<PmsWebhookDelivery & { attemptLog: PmsWebhookAttempt[] }>;
};

// Rows as the console may show them: URLs redacted, webhook answers summarised (see ./redact).
const forConsole = {
  transaction: (tx: PmsTransaction): PmsTransaction => ({
    ...tx,
    returnUrl: redactUrl(tx.returnUrl),
    webhookUrl: redactUrl(tx.webhookUrl),
    request: redactRequest(tx.request),
  }),
  delivery: (delivery: PmsWebhookDelivery): PmsWebhookDelivery => ({
    ...delivery,
    url: redactUrl(delivery.url),
    lastAnswer: summarizeAnswer(delivery.lastAnswer),
  }),
  attempt: (attempt: PmsWebhookAttempt): PmsWebhookAttempt => ({ ...attempt, answer: summarizeAnswer(attempt.answer) }),
};

/** Everything the console shows, newest first. */
export async function loadConsoleData(db: Db, config: SandboxConfig, limit = 50): Promise<ConsoleData> {
  const [settings, transactions, deliveries] = await Promise.all([
    readSandboxSettings(db),
    listRecentTransactions(db, limit),
    listRecentDeliveries(db, limit),
  ]);
  const attempts = await listAttemptsOf(db, deliveries.map((d) => d.id));
  const active = mergeFaults(config.faults, settings.faultOverrides);
  return {
    // A secret is shown only when the sandbox was told it may be (a public test secret), never a configured one.
    credentials: config.merchants.map((m) => ({ apiKey: m.apiKey, secret: m.showSecret ? m.secret : null })),
    timings: {
      toleranceMs: config.timings.timestampToleranceMs,
      webhookIntervalMs: config.timings.webhookIntervalMs,
      paymentTimeoutMs: settings.paymentTimeoutMs ?? config.timings.paymentTimeoutMs,
      paymentTimeoutFromConsole: settings.paymentTimeoutMs !== undefined,
    },
    unknownEnvFaults: config.unknownFaults,
    faults: faultNames.map((name) => faultRow(name, active, settings.faultOverrides[name] !== undefined, config.faults)),
    transactions: transactions.map(forConsole.transaction),
    deliveries: deliveries.map((d) => ({
      ...forConsole.delivery(d),
      attemptLog: attempts.filter((a) => a.deliveryId === d.id).map(forConsole.attempt),
    })),
  };
}

function faultRow(name: FaultName, active: ActiveFaults, overridden: boolean, fromEnv: ActiveFaults): FaultRow {
  const fault = active[name];
  const source = overridden ? "console" : fromEnv[name] ? "env" : "off";
  return { name, active: fault !== undefined, ms: fault?.ms, source };
}
