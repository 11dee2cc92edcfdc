import "server-only";
import { noteLoopStarted, noteLoopTicked } from "@/lib/health/heartbeats";

export type JobLoop = { name: string; stop: () => void };

/**
 * Runs `tick` every `intervalMs`, never overlapping itself; an error is
 * logged and the loop goes on. Loops are started once per process from
 * instrumentation.ts, and are safe with several processes because every job
 * claims its rows in the database before acting.
 */
export function startJobLoop(name: string, intervalMs: number, tick: () => Promise<void>): JobLoop {
  let running = false;
  let stopped = false;
  const run = async () => {
    if (running || stopped) return;
    running = true;
    try {
      await tick();
    } catch (error) {
      console.error(`[job:${name}]`, error instanceof Error ? error.message : error);
    } finally {
      running = false;
      noteLoopTicked(name);
    }
  };
  noteLoopStarted(name, intervalMs);
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref?.();
  return {
    name,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
