/**
 * At most `limit` tasks at once; the rest wait their turn in arrival order.
 * Used where a burst must not take every database connection at once (the
 * webhook's confirmations after a flash sale's notifications), so requests
 * that only need one short query still get a connection between them.
 */
export function createLimiter(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
