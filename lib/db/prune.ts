import { and, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { signInLinkMinutes } from "@/lib/accounts/links";
import type { Env } from "@/lib/env";
import { invitationHours, staffIdleMs } from "@/lib/staff/limits";
import { cacheTagExpiries, carts, mailOutbox, orders, payments, rateLimits, staffSessions, verificationTokens, webhookInbox } from "./schema";
import { deleteInBatch, updateInBatch } from "./claim";
import type { Executor } from "./tx";

export type Retention = Pick<Env, "PRUNE_CARTS_AFTER_DAYS" | "PRUNE_WEBHOOK_INBOX_AFTER_DAYS" | "PRUNE_SENT_MAIL_AFTER_DAYS">;

const day = 24 * 60 * 60 * 1000;
/** A cached page lives at most a day (lib/cache/shared-cache-handler.mjs); its expiry rows are kept twice that. */
const cacheExpiryRetentionMs = 2 * day;

type Pruner = { name: string; run: (db: Executor, limit: number) => Promise<number> };

const remove = (name: string, table: PgTable, where: () => SQL): Pruner => ({ name, run: (db, limit) => deleteInBatch(db, table, where(), limit) });

/** Sent mail of these kinds written before `cutoff()` keeps its row, without its words. */
const blankMailBodies = (name: string, kinds: string[], cutoff: () => Date): Pruner => ({
  name,
  run: (db, limit) =>
    updateInBatch(
      db,
      mailOutbox,
      sql`html = '', text = ''`,
      and(
        inArray(mailOutbox.kind, kinds),
        isNotNull(mailOutbox.sentAt),
        lt(mailOutbox.createdAt, cutoff()),
        sql`(${mailOutbox.html} <> '' or ${mailOutbox.text} <> '')`,
      )!,
      limit,
    ),
});

/**
 * What may go, and when. Each rule keeps what is still needed: a cart that
 * an order points at stays (it is how its browser owns the order), an inbox
 * row stays while its payment is open, unsent mail is never touched, and a
 * sign-in link's body goes once the link has expired, the row itself with
 * the rest of the sent mail.
 */
export function pruners(retention: Retention, now: () => Date = () => new Date()): Pruner[] {
  const before = (days: number) => new Date(now().getTime() - days * day);
  const openStatuses = ["created", "pending"] as const;
  return [
    remove("abandoned carts", carts, () =>
      and(lt(carts.updatedAt, before(retention.PRUNE_CARTS_AFTER_DAYS)), sql`not exists (select 1 from ${orders} where ${orders.cartId} = ${carts.id})`)!,
    ),
    remove("processed webhook notifications", webhookInbox, () =>
      and(
        isNotNull(webhookInbox.processedAt),
        lt(webhookInbox.processedAt, before(retention.PRUNE_WEBHOOK_INBOX_AFTER_DAYS)),
        sql`not exists (select 1 from ${payments} where ${payments.id} = ${webhookInbox.paymentId} and ${inArray(payments.status, [...openStatuses])})`,
      )!,
    ),
    // A link's body goes once the link is spent or dead; the row stays with the sent mail.
    blankMailBodies("expired sign-in link bodies", ["sign_in", "find_order"], () => new Date(now().getTime() - signInLinkMinutes * 60_000)),
    blankMailBodies("expired staff invitation bodies", ["staff_invitation"], () => new Date(now().getTime() - invitationHours * 3_600_000)),
    remove("sent mail", mailOutbox, () => and(isNotNull(mailOutbox.sentAt), lt(mailOutbox.sentAt, before(retention.PRUNE_SENT_MAIL_AFTER_DAYS)))!),
    remove("expired rate-limit counters", rateLimits, () => lt(rateLimits.expire, now())),
    remove("expired sign-in tokens", verificationTokens, () => lt(verificationTokens.expires, now())),
    // An ended or idle staff session opens nothing (lib/staff/sessions.ts); its row is not needed either.
    remove("ended staff sessions", staffSessions, () => or(isNotNull(staffSessions.endedAt), lt(staffSessions.lastSeenAt, new Date(now().getTime() - staffIdleMs)))!),
    remove("old cache expiries", cacheTagExpiries, () => lt(cacheTagExpiries.expiredAt, new Date(now().getTime() - cacheExpiryRetentionMs))),
  ];
}

/**
 * Runs every pruner in batches of `batch` rows until each has nothing left
 * or `maxBatches` batches were done (the in-app job stops early and comes
 * back; `npm run db:prune` goes on). Returns how many rows each took.
 */
export async function pruneAll(db: Executor, list: Pruner[], options: { batch: number; maxBatches: number }): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const pruner of list) {
    let total = 0;
    for (let i = 0; i < options.maxBatches; i++) {
      const done = await pruner.run(db, options.batch);
      total += done;
      if (done < options.batch) break;
    }
    counts[pruner.name] = total;
  }
  return counts;
}

