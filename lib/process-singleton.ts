/**
 * One value per server process, shared by every bundle Next makes (instrumentation, pages,
 * route handlers) and kept across dev reloads: it lives on globalThis under a Symbol.for key,
 * which every bundle resolves to the same symbol. Use it for what must exist once (the
 * database, the job loops, a process-wide cache), never for per-request state.
 */
export type ProcessSingleton<T> = {
  /** The value, created by `create` on first use. */
  get(create: () => T): T;
  /** The value if it exists, without creating it. */
  peek(): T | undefined;
  /** Replaces the value (undefined forgets it, so the next `get` creates a fresh one). */
  set(value: T | undefined): void;
};

export function processSingleton<T>(name: string): ProcessSingleton<T> {
  const key = Symbol.for(`harbour-goods.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    get(create) {
      const existing = store[key];
      if (existing !== undefined) return existing;
      const created = create();
      store[key] = created;
      return created;
    },
    peek: () => store[key],
    set(value) {
      store[key] = value;
    },
  };
}
