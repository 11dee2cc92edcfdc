import "server-only";
import type { Db } from "@/lib/db";
import { claimDueMail, markMailFailed, markMailSent } from "./outbox";
import type { MailSender } from "./transport";

export const mailLeaseMs = 60_000;

/** Exponential backoff from 10 s, capped at an hour: a mail server outage loses nothing. */
export function retryDelayMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * One pass of the outbox worker: claim due rows under a lease, hand each to
 * the mail server, then mark it sent (or schedule a retry). Returns how many
 * were sent, for tests and logs.
 */
export async function deliverDueMail(db: Db, send: MailSender, now: () => Date = () => new Date(), limit = 10): Promise<number> {
  const claimed = await claimDueMail(db, { now: now(), leaseMs: mailLeaseMs, limit });
  let sent = 0;
  for (const row of claimed) {
    try {
      await send(row);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.warn(`[mail] sending outbox row ${row.id} failed (attempt ${row.attempts}): ${message}`);
      await markMailFailed(db, row, message, new Date(now().getTime() + retryDelayMs(row.attempts)));
      continue;
    }
    if (await markMailSent(db, row, now())) sent++;
  }
  return sent;
}
