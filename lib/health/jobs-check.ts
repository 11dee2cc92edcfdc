import type { Heartbeat } from "./heartbeats";

export type Check = { ok: boolean; detail: string };

/** A loop is late when it has not finished a tick for three of its intervals (at least a minute). */
export function checkJobs(heartbeats: ReadonlyMap<string, Heartbeat>, expected: boolean, now: number): Check {
  if (!expected) return { ok: true, detail: "off in this process (BACKGROUND_JOBS=off)" };
  if (heartbeats.size === 0) return { ok: false, detail: "no job loop has started" };
  const late = [...heartbeats].filter(([, beat]) => now - (beat.lastTickAt ?? beat.startedAt) > Math.max(3 * beat.intervalMs, 60_000));
  if (late.length > 0) return { ok: false, detail: `late: ${late.map(([name]) => name).join(", ")}` };
  return { ok: true, detail: `${heartbeats.size} loops ticking` };
}
