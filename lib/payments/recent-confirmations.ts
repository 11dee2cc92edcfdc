import "server-only";
import { processSingleton } from "@/lib/process-singleton";

/**
 * The notifications this process confirmed in the last `windowMs`, by rrn,
 * for payments that are final. A copy of one (PMS repeating itself, a burst
 * of retries) is then answered from memory, with no query at all. Only a
 * shortcut: another instance's confirmations are not here, and its copies take
 * the database path (receiveWebhook), which answers the same. Payloads are
 * compared as canonical JSON, so the key order of the copy does not matter.
 */
export type RecentConfirmation = { inboxId: number; paymentId: string; payload: string; processedAt: number; paid: boolean; checkScheduled: boolean };

const remembered = processSingleton<Map<string, RecentConfirmation>>("webhook-recent-confirmations");
// Bounded: a flood of distinct rrns can evict, never grow memory (an evicted copy just takes the database path).
const maxEntries = 10_000;

export function rememberConfirmation(rrn: string, entry: Omit<RecentConfirmation, "payload" | "checkScheduled"> & { payload: unknown }): void {
  const map = remembered.get(() => new Map());
  map.delete(rrn);
  if (map.size >= maxEntries) map.delete(map.keys().next().value!);
  map.set(rrn, { ...entry, payload: canonicalJson(entry.payload), checkScheduled: false });
}

/** The remembered confirmation that `payload` copies, if it is recent enough (the window is the caller's). */
export function findConfirmedCopy(input: { rrn: string; paymentId: string; payload: unknown; now: Date; windowMs: number }): RecentConfirmation | undefined {
  const entry = remembered.peek()?.get(input.rrn);
  if (!entry || entry.paymentId !== input.paymentId) return undefined;
  if (entry.processedAt < input.now.getTime() - input.windowMs || entry.processedAt > input.now.getTime()) return undefined;
  return entry.payload === canonicalJson(input.payload) ? entry : undefined;
}

/** Tests only: forget everything. */
export function forgetConfirmations(): void {
  remembered.set(undefined);
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
