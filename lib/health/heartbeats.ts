import { processSingleton } from "@/lib/process-singleton";

/**
 * When each background loop last finished a tick, per process, for
 * GET /api/health: instrumentation (which starts the loops) and the route
 * handler are separate bundles that must see the same record.
 */
export type Heartbeat = { intervalMs: number; startedAt: number; lastTickAt: number | undefined };

const store = processSingleton<Map<string, Heartbeat>>("job-heartbeats");
const heartbeats = () => store.get(() => new Map());

/** Tests only: forget every loop. */
export function forgetHeartbeatsForTests(): void {
  store.set(undefined);
}

export function noteLoopStarted(name: string, intervalMs: number, now = Date.now()): void {
  heartbeats().set(name, { intervalMs, startedAt: now, lastTickAt: undefined });
}

export function noteLoopTicked(name: string, now = Date.now()): void {
  const beat = heartbeats().get(name);
  if (beat) beat.lastTickAt = now;
}

export function readHeartbeats(): ReadonlyMap<string, Heartbeat> {
  return heartbeats();
}
