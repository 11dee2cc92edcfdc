import { defaultTimings } from "../config";
import { hasFault, type ActiveFaults } from "../faults";
import type { Db } from "../store/db";
import { claimDueDeliveries, finishDelivery, giveUpExhausted, recordAttempt, type DeliveryResult } from "../store/deliveries";
import type { PmsWebhookDelivery } from "../store/schema";
import { readActiveFaults } from "../store/settings";
import { sendWebhook, type SendResult } from "./send";

export type DispatchOptions = {
  db: Db;
  /** The clock; tests pass their own to walk through the schedule without waiting. */
  now?: Date;
  fetch?: typeof fetch;
  intervalMs?: number;
  requestTimeoutMs?: number;
  leaseMs?: number;
  batchSize?: number;
  /** Defaults to the console's switches over `startFaults`. */
  faults?: ActiveFaults;
  /** The faults the sandbox started with. */
  startFaults?: ActiveFaults;
};

export type DispatchReport = { sent: number; accepted: number; retrying: number; gaveUp: number; dropped: number };

/**
 * One pass of the webhook dispatcher: claim what is due, POST it, record
 * every attempt, schedule the next one. All state is in the database, so a
 * restarted process simply carries on, and several processes share the
 * work without sending any attempt twice.
 */
export async function dispatchDueWebhooks(options: DispatchOptions): Promise<DispatchReport> {
  const { db } = options;
  const now = options.now ?? new Date();
  const faults = options.faults ?? (await readActiveFaults(db, options.startFaults));
  const report: DispatchReport = { sent: 0, accepted: 0, retrying: 0, gaveUp: 0, dropped: 0 };
  report.gaveUp += await giveUpExhausted(db, now);
  const claim = await claimDueDeliveries(db, {
    now,
    leaseMs: options.leaseMs ?? defaultTimings.webhookLeaseMs,
    limit: options.batchSize ?? 20,
  });
  const context: DeliverContext = {
    db,
    now,
    faults,
    leaseToken: claim.leaseToken,
    fetch: options.fetch ?? fetch,
    intervalMs: options.intervalMs ?? defaultTimings.webhookIntervalMs,
    timeoutMs: options.requestTimeoutMs ?? defaultTimings.webhookRequestTimeoutMs,
  };
  if (hasFault(faults, "webhook-reorder")) {
    // One after the other, newest first, so the merchant really sees them out of order.
    const newestFirst = [...claim.deliveries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    for (const delivery of newestFirst) tally(report, await deliverOne(context, delivery));
  } else {
    const states = await Promise.all(claim.deliveries.map((delivery) => deliverOne(context, delivery)));
    for (const state of states) tally(report, state);
  }
  return report;
}

type DeliverContext = {
  db: Db;
  now: Date;
  faults: ActiveFaults;
  leaseToken: string;
  fetch: typeof fetch;
  intervalMs: number;
  timeoutMs: number;
};

async function deliverOne(context: DeliverContext, delivery: PmsWebhookDelivery): Promise<DeliveryResult["state"]> {
  if (hasFault(context.faults, "webhook-drop")) return dropDelivery(context, delivery);
  const sent = await sendCopies(context, delivery, hasFault(context.faults, "webhook-duplicate") ? 2 : 1);
  const state = sent.accepted ? "delivered" : delivery.attempts >= delivery.maxAttempts ? "failed" : "pending";
  await finishDelivery(context.db, { id: delivery.id, leaseToken: context.leaseToken }, {
    ...resultOf(sent, state),
    nextAttemptAt: state === "pending" ? new Date(context.now.getTime() + context.intervalMs) : undefined,
  });
  return state;
}

/** POSTs the notification (twice under webhook-duplicate); accepted if any copy was. */
async function sendCopies(context: DeliverContext, delivery: PmsWebhookDelivery, copies: number): Promise<SendResult> {
  let result = await sendWebhook(context.fetch, delivery.url, delivery.payload, context.timeoutMs);
  await recordAttempt(context.db, attemptRow(delivery, 0, context.now, result));
  for (let copy = 1; copy < copies; copy++) {
    const sent = await sendWebhook(context.fetch, delivery.url, delivery.payload, context.timeoutMs);
    await recordAttempt(context.db, attemptRow(delivery, copy, context.now, sent));
    if (!result.accepted) result = sent;
  }
  return result;
}

async function dropDelivery(context: DeliverContext, delivery: PmsWebhookDelivery): Promise<"dropped"> {
  const dropped: SendResult = {
    httpStatus: null,
    answer: null,
    error: "not sent: sandbox fault webhook-drop",
    durationMs: 0,
    accepted: false,
  };
  await recordAttempt(context.db, attemptRow(delivery, 0, context.now, dropped));
  await finishDelivery(context.db, { id: delivery.id, leaseToken: context.leaseToken }, resultOf(dropped, "dropped"));
  return "dropped";
}

function attemptRow(delivery: PmsWebhookDelivery, copy: number, now: Date, sent: SendResult) {
  return {
    deliveryId: delivery.id,
    // The claim already counted this attempt.
    attemptNo: delivery.attempts,
    copy,
    startedAt: now,
    durationMs: sent.durationMs,
    httpStatus: sent.httpStatus,
    answer: sent.answer,
    error: sent.error,
    accepted: sent.accepted,
  };
}

function resultOf(sent: SendResult, state: DeliveryResult["state"]): DeliveryResult {
  return { state, lastStatus: sent.httpStatus, lastAnswer: sent.answer, lastError: sent.error };
}

function tally(report: DispatchReport, state: DeliveryResult["state"]): void {
  if (state === "dropped") report.dropped++;
  else report.sent++;
  if (state === "delivered") report.accepted++;
  if (state === "pending") report.retrying++;
  if (state === "failed") report.gaveUp++;
}
