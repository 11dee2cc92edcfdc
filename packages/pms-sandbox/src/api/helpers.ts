import { desc, eq, lt } from "drizzle-orm";
import { webhookMaxAttempts } from "../config";
import { getDictionary } from "../dictionaries";
import { listDeliveriesOf, requeueDelivery } from "../store/deliveries";
import { pmsTransactions as t, pmsWebhookDeliveries as d } from "../store/schema";
import { findTransactionByRrn } from "../store/transactions";
import type { OperationContext } from "./context";
import { otherError, paymentError } from "./errors";
import { parseFields } from "./parse-fields";
import { listRequestSchema, resendRequestSchema } from "./requests";

/**
 * POST /tt-pms-ws/rest/sandbox/resend — the sandbox's helper for `pms-sandbox
 * resend <rrn>`: every notification of the payment is due now, with a fresh
 * round of five attempts (one being sent at this moment is left alone).
 */
export async function resendNotifications({ db, body, lang, now }: OperationContext) {
  const request = parseFields(resendRequestSchema, body, "40002");
  const found = await findTransactionByRrn(db, request.rrn);
  if (!found) throw otherError((dict) => dict.api.unknownRrn(request.rrn));
  const deliveries = await listDeliveriesOf(db, found.id);
  if (deliveries.length === 0) throw paymentError((dict) => dict.api.nothingToResend(request.rrn));
  let resent = 0;
  for (const delivery of deliveries) if (await requeueDelivery(db, delivery.id, now, webhookMaxAttempts)) resent++;
  return { rrn: found.rrn, resent, errorCode: "0", errorMessage: getDictionary(lang).api.success };
}

/**
 * POST /tt-pms-ws/rest/sandbox/list — the helper behind `pms-sandbox list`:
 * the newest transactions, a page at a time, each with its latest notification's state.
 */
export async function listTransactions({ db, body, lang }: OperationContext) {
  const request = parseFields(listRequestSchema, body, "40002");
  const limit = request.limit ?? 20;
  const rows = await db
    .select()
    .from(t)
    .where(request.before ? lt(t.createdAt, new Date(request.before)) : undefined)
    .orderBy(desc(t.createdAt))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const transactions = await Promise.all(
    page.map(async (row) => {
      const [latest] = await db
        .select({ event: d.event, state: d.state, attempts: d.attempts })
        .from(d)
        .where(eq(d.transactionId, row.id))
        .orderBy(desc(d.createdAt))
        .limit(1);
      return {
        rrn: row.rrn,
        type: row.type,
        amt: row.amt,
        ccy: row.ccy,
        gwRefStatus: row.status,
        createdAt: row.createdAt.toISOString(),
        webhook: latest ?? null,
      };
    }),
  );
  const last = page.at(-1);
  return {
    transactions,
    next: rows.length > limit && last ? last.createdAt.toISOString() : null,
    errorCode: "0",
    errorMessage: getDictionary(lang).api.success,
  };
}
