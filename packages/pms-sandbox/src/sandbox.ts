import { handlePmsRequest, type PmsOperationName } from "./api/handle-request";
import { resolveConfig, type SandboxConfig, type SandboxOptions } from "./config";
import {
  completeFromConsole,
  resendFromConsole,
  resetFaultsFromConsole,
  setPaymentTimeoutFromConsole,
  switchFaultFromConsole,
} from "./console/commands";
import { loadConsoleData, type ConsoleData } from "./console/load";
import type { ActiveFaults } from "./faults";
import { startJobLoop, type JobLoop } from "./jobs";
import { decidePayment, loadPayment, loadPaymentLang, payByCard, type CardPayment, type PageContext } from "./payment/decide";
import type { CardDetails } from "./payment/test-cards";
import type { Db } from "./store/db";
import { migrateSandbox } from "./store/migrate";
import { expireOverduePayments } from "./store/outcomes";
import { pruneFinalTransactions } from "./store/prune";
import type { PmsTransaction } from "./store/schema";
import { readActiveFaults } from "./store/settings";
import { findTransactionByRrn } from "./store/transactions";
import { dispatchDueWebhooks, type DispatchReport } from "./webhooks/dispatch";

export type SandboxDeps = SandboxOptions & {
  /** Any drizzle PostgreSQL database (./store/open.ts opens one); the sandbox keeps to its own `pms_sandbox` schema. */
  db: Db;
  /** The clock; tests pass their own. */
  now?: () => Date;
  /** Used for webhook deliveries. */
  fetch?: typeof fetch;
  /** Waits out a slow fault. */
  sleep?: (ms: number) => Promise<void>;
  /** Where a failed job tick is reported. */
  onError?: (where: string, error: unknown) => void;
};

export type Sandbox = ReturnType<typeof createSandbox>;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A TTRetail PMS sandbox over one database: the spec's API as Request →
 * Response handlers, the payment pages' and console's actions, and the
 * background work (webhook deliveries, timeouts) as functions and loops.
 * Its pages, rendered with react-dom/server, are in "@pms-kit/sandbox/server"
 * (sandboxHandler), apart from this core, so that an app bundler that forbids
 * react-dom/server on its server (Next.js) can still mount the API.
 * It holds no state of its own: every instance over one database is the
 * same sandbox, so several may run at once.
 */
export function createSandbox(deps: SandboxDeps) {
  const config: SandboxConfig = resolveConfig(deps);
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const fetchImpl = deps.fetch ?? fetch;
  const onError = deps.onError ?? ((where, error) => console.error(`[pms-sandbox] ${where}:`, error));
  const faults = (): Promise<ActiveFaults> => readActiveFaults(db, config.faults);
  const pageContext = async (): Promise<PageContext> => ({ db, now: now(), faults: await faults() });

  const sandbox = {
    config,
    db,
    /** Creates the sandbox's tables, or brings them up to date; safe to call on every start. */
    migrate: () => migrateSandbox(db),
    /** The API: gateway, sales, query, and the helpers complete, resend, list. */
    handle: (operation: PmsOperationName, request: Request): Promise<Response> =>
      handlePmsRequest(operation, request, { db, config, now: now(), sleep: deps.sleep ?? realSleep }),
    transactions: {
      findByRrn: (rrn: string): Promise<PmsTransaction | undefined> => findTransactionByRrn(db, rrn),
    },
    payments: {
      load: async (token: string): Promise<PmsTransaction | undefined> => loadPayment(await pageContext(), token),
      decide: async (token: string, outcome: "success" | "failure") => decidePayment(await pageContext(), token, outcome),
      payByCard: async (token: string, card: CardDetails): Promise<CardPayment> => payByCard(await pageContext(), token, card),
      lang: (token: string) => loadPaymentLang(db, token),
    },
    console: {
      load: (limit?: number): Promise<ConsoleData> => loadConsoleData(db, config, limit),
      complete: async (form: FormData) => completeFromConsole(db, form, { now: now(), faults: await faults() }),
      resend: (form: FormData) => resendFromConsole(db, form, { now: now() }),
      switchFault: (form: FormData) => switchFaultFromConsole(db, form),
      resetFaults: () => resetFaultsFromConsole(db),
      setPaymentTimeout: (form: FormData) => setPaymentTimeoutFromConsole(db, form),
    },
    jobs: {
      /** One pass of the webhook dispatcher. */
      dispatchWebhooks: (): Promise<DispatchReport> =>
        dispatchDueWebhooks({
          db,
          now: now(),
          fetch: fetchImpl,
          intervalMs: config.timings.webhookIntervalMs,
          requestTimeoutMs: config.timings.webhookRequestTimeoutMs,
          leaseMs: config.timings.webhookLeaseMs,
          startFaults: config.faults,
        }),
      /** One pass of the timeout sweeper. */
      expireOverdue: (): Promise<number> => expireOverduePayments({ db, now: now(), startFaults: config.faults }),
      /** How often each should run: deliveries within about a second, timeouts every 2 s. */
      intervals: { dispatchWebhooksMs: Math.min(config.timings.webhookIntervalMs, 1000), expireOverdueMs: 2000 },
      /** Both loops, for a sandbox that runs on its own (an app may run the two passes in its own loops). */
      start: (): JobLoop[] => [
        startJobLoop("webhooks", sandbox.jobs.intervals.dispatchWebhooksMs, sandbox.jobs.dispatchWebhooks, onError),
        startJobLoop("timeouts", sandbox.jobs.intervals.expireOverdueMs, sandbox.jobs.expireOverdue, onError),
      ],
    },
    /** Deletes transactions final for longer than `retentionMs` (a batch of `limit`; call again while it returns `limit`). */
    prune: (retentionMs: number, limit: number) =>
      pruneFinalTransactions(db, { finalBefore: new Date(now().getTime() - retentionMs), limit }),
  };
  return sandbox;
}
