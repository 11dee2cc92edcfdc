/**
 * When each background loop last finished a tick, per process, for
 * GET /api/health. Kept on globalThis: Next loads instrumentation and route
 * handlers in separate bundles that must see the same record.
 */
export type Heartbeat = { intervalMs: number; startedAt: number; lastTickAt: number | undefined };

const store = globalThis as unknown as { jobHeartbeats?: Map<string, Heartbeat> };
const heartbeats = () => (store.jobHeartbeats ??= new Map());

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
