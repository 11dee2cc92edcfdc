import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { getDb, type Db } from "@/lib/db";
import { rateLimits } from "@/lib/db/schema";

/**
 * A limit on events per key, shared by every instance through the database
 * (PostgreSQL, or PGlite in the quick start): `limit` events within `windowMs`
 * lock the key out for `lockoutMs`. Keys name what is limited, e.g.
 * `{ email }` and `{ ip }`; any one key locked out refuses the whole attempt.
 */
export type RateLimitRule = { name: string; limit: number; windowMs: number; lockoutMs: number };

export type RateLimitKeys = Record<string, string>;

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number; lockedKeys: string[] };

export type RateLimiter = {
  readonly rule: RateLimitRule;
  /** Whether any key is locked out now. Counts nothing. */
  check(keys: RateLimitKeys): Promise<RateLimitVerdict>;
  /** Counts one event for each key. `newlyLocked` names the keys this event locked out (log them). */
  record(keys: RateLimitKeys): Promise<RateLimitVerdict & { newlyLocked: string[] }>;
  /** check, then record when allowed: for events limited whatever their outcome (e.g. sending a link). */
  attempt(keys: RateLimitKeys): Promise<RateLimitVerdict & { newlyLocked: string[] }>;
  /** Forgets the keys' counts, e.g. after a successful sign-in. */
  reset(keys: RateLimitKeys): Promise<void>;
};

type Store = InstanceType<typeof RateLimiterDrizzle>;

export function createRateLimiter(rule: RateLimitRule, options: { db?: Db } = {}): RateLimiter {
  const stores = new WeakMap<Db, Store>();
  async function store(): Promise<Store> {
    const db = options.db ?? (await getDb());
    let found = stores.get(db);
    if (!found) {
      found = new RateLimiterDrizzle({
        storeClient: db,
        schema: rateLimits,
        keyPrefix: rule.name,
        // The library refuses (and blocks) the event after `points`: the limit-th event must lock.
        points: rule.limit - 1,
        duration: Math.ceil(rule.windowMs / 1000),
        blockDuration: Math.ceil(rule.lockoutMs / 1000),
      });
      stores.set(db, found);
    }
    return found;
  }
  const storedKeys = (keys: RateLimitKeys) => Object.entries(keys).map(([kind, value]) => ({ kind, key: hashKey(kind, value) }));

  async function check(keys: RateLimitKeys): Promise<RateLimitVerdict> {
    const limiter = await store();
    const states = await Promise.all(storedKeys(keys).map(async ({ kind, key }) => ({ kind, res: await limiter.get(key) })));
    const locked = states.filter(({ res }) => res !== null && res.consumedPoints >= rule.limit);
    if (locked.length === 0) return { allowed: true };
    return {
      allowed: false,
      retryAfterMs: Math.max(...locked.map(({ res }) => res?.msBeforeNext ?? 0)),
      lockedKeys: locked.map(({ kind }) => kind),
    };
  }

  async function record(keys: RateLimitKeys) {
    const limiter = await store();
    const results = await Promise.all(
      storedKeys(keys).map(async ({ kind, key }) => {
        try {
          return { kind, res: await limiter.consume(key), refused: false };
        } catch (thrown) {
          // The library rejects with the counter when over the limit, and with an Error when the store fails.
          if (thrown instanceof RateLimiterRes) return { kind, res: thrown, refused: true };
          throw thrown;
        }
      }),
    );
    const refused = results.filter((result) => result.refused);
    // Only the event that crossed the limit locked the key; later ones find it locked already.
    const newlyLocked = refused.filter(({ res }) => res.consumedPoints === rule.limit).map(({ kind }) => kind);
    if (refused.length === 0) return { allowed: true as const, newlyLocked };
    return {
      allowed: false as const,
      retryAfterMs: Math.max(...refused.map(({ res }) => res.msBeforeNext)),
      lockedKeys: refused.map(({ kind }) => kind),
      newlyLocked,
    };
  }

  return {
    rule,
    check,
    record,
    async attempt(keys) {
      const verdict = await check(keys);
      return verdict.allowed ? record(keys) : { ...verdict, newlyLocked: [] };
    },
    async reset(keys) {
      const limiter = await store();
      await Promise.all(storedKeys(keys).map(({ key }) => limiter.delete(key)));
    },
  };
}

/** Hashed so the table holds no emails or addresses, and a huge value costs one fixed-size row. */
function hashKey(kind: string, value: string): string {
  return createHash("sha256").update(`${kind}\u0000${value.trim().toLowerCase()}`).digest("base64url");
}

/** Whole minutes, rounded up, for "try again in N minutes". */
export function minutesUntil(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
