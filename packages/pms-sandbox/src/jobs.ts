export type JobLoop = { name: string; stop: () => Promise<void> };

/**
 * Runs `tick` every `intervalMs`, never overlapping itself; an error is
 * reported and the loop goes on. `stop()` resolves once a tick in progress has
 * finished, so a server can close its database after it. Safe with several
 * processes: every job claims its rows in the database before acting.
 */
export function startJobLoop(
  name: string,
  intervalMs: number,
  tick: () => Promise<unknown>,
  onError: (name: string, error: unknown) => void,
): JobLoop {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = tick()
      .then(() => undefined, (error: unknown) => onError(name, error))
      .finally(() => (running = undefined));
  };
  const timer = setInterval(run, intervalMs);
  timer.unref?.();
  return {
    name,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
