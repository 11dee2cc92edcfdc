// @ts-check
/**
 * Next's cache handler (next.config.js `cacheHandler`, with `cacheMaxMemorySize: 0` so Next keeps
 * no copy of its own): every instance keeps rendered pages in its own memory, and every instance
 * checks them against the tag expiries in the one database before serving them
 * (docs/decisions/010). An expiry committed by any process (a web request, a job, `npm run
 * reconcile`) therefore reaches every instance at its next request, with no clock and no message
 * to trust: a page is fresh only if each of its tags' expiring transactions was visible in the
 * database snapshot read before the page was rendered.
 *
 * Next loads this file itself at run time, outside the app's bundles, so it reaches the database
 * through a store the server registers at start (lib/cache/store.ts) under a global symbol. With
 * no store (during `next build`) nothing is cached.
 */

const storeKey = Symbol.for("harbour-goods.cache-store");
const tagsHeader = "x-next-cache-tags";
/** Rendered pages held per instance, in bytes, least recently used dropped first (Next's own default). */
const maxBytes = 50 * 1024 * 1024;
/** No page is kept longer than this, so expiry rows older than it can be pruned (lib/cache/prune.ts). */
export const maxEntryAgeMs = 24 * 60 * 60 * 1000;

/** @typedef {{ xmin: bigint; xmax: bigint; inProgress: Set<bigint> }} Snapshot */
/** @typedef {{ snapshot: string; expired: [string, string][] }} Reading */
/** @typedef {{ read(tags: string[]): Promise<Reading>; expire(tags: string[]): Promise<void> }} CacheStore */
/** @typedef {{ value: any; lastModified: number; cacheControl: any; tags: string[]; snapshot: Snapshot; size: number }} Entry */

/** `xmin:xmax:xip,...` (pg_current_snapshot() as text) into numbers. */
export function parseSnapshot(text) {
  const [xmin, xmax, xip] = String(text).split(":");
  if (xmin === undefined || xmax === undefined) return nothingVisible;
  return { xmin: BigInt(xmin), xmax: BigInt(xmax), inProgress: new Set(xip ? xip.split(",").map((x) => BigInt(x)) : []) };
}

/** A snapshot in which no transaction is visible: a page stored under it is stale as soon as any of its tags was ever expired. */
export const nothingVisible = Object.freeze({ xmin: 0n, xmax: 0n, inProgress: new Set() });

/** PostgreSQL's rule: committed before the snapshot, and not still running when it was taken. */
export function visibleIn(xid, snapshot) {
  return xid < snapshot.xmin || (xid < snapshot.xmax && !snapshot.inProgress.has(xid));
}

/**
 * Reads for many requests at once: a request waits for a reading that starts after it arrived
 * (so it sees every expiry committed before it), and all requests waiting meanwhile share the
 * next one. At most one reading is in flight per instance, however busy.
 * @param {(tags: string[]) => Promise<Reading>} read
 */
export function coalesceReads(read) {
  /** @type {{ tags: string[]; resolve: (r: Reading) => void; reject: (e: unknown) => void }[]} */
  let waiting = [];
  let running = false;
  const pump = () => {
    if (running || waiting.length === 0) return;
    const batch = waiting;
    waiting = [];
    running = true;
    const tags = [...new Set(batch.flatMap((request) => request.tags))];
    read(tags)
      .then(
        (reading) => batch.forEach((request) => request.resolve(reading)),
        (error) => batch.forEach((request) => request.reject(error)),
      )
      .finally(() => {
        running = false;
        pump();
      });
  };
  /** @param {string[]} tags @returns {Promise<Reading>} */
  return (tags) =>
    new Promise((resolve, reject) => {
      waiting.push({ tags, resolve, reject });
      pump();
    });
}

/** The tags a cached value answers to: a page's are in its headers, a fetch's in the request. */
function tagsOf(value, ctx) {
  if (value?.kind === "FETCH") return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = value?.headers?.[tagsHeader];
  return typeof header === "string" && header.length > 0 ? header.split(",") : [];
}

function sizeOf(value) {
  if (!value) return 64;
  let size = 256;
  for (const part of [value.html, value.rscData, value.body, value.postponed, value.pageData]) {
    if (typeof part === "string") size += part.length;
    else if (part?.byteLength) size += part.byteLength;
    else if (part) size += JSON.stringify(part).length;
  }
  if (value.segmentData instanceof Map) for (const buffer of value.segmentData.values()) size += buffer.byteLength ?? 0;
  if (value.kind === "FETCH") size += JSON.stringify(value.data ?? null).length;
  return size;
}

/**
 * The cache itself, apart from Next's class so tests can drive it: `store()` answers the current
 * store (or undefined), `clock()` the time.
 * @param {{ store: () => CacheStore | undefined; clock?: () => number; maxBytes?: number }} options
 */
export function createSharedCache({ store, clock = Date.now, maxBytes: budget = maxBytes }) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  /** The oldest snapshot read since the last `set` of a key whose render may have started: what a new copy is fresh against. */
  const pending = new Map();
  let bytes = 0;
  let warned = false;
  /** @type {((tags: string[]) => Promise<Reading>) | undefined} */
  let reader;
  let readerOf;

  const currentStore = () => {
    const found = store();
    if (!found && !warned) {
      warned = true;
      if (process.env.NEXT_PHASE !== "phase-production-build") console.warn("[cache] no cache store registered: pages are rendered on every request");
    }
    return found;
  };
  const readerFor = (found) => {
    if (readerOf !== found) {
      readerOf = found;
      reader = coalesceReads((tags) => found.read(tags));
    }
    return /** @type {(tags: string[]) => Promise<Reading>} */ (reader);
  };
  const drop = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  };
  const rendering = (key, snapshot) => {
    if (pending.size > 10_000) pending.clear();
    if (!pending.has(key)) pending.set(key, snapshot);
  };

  return {
    /** @param {string} key @param {any} ctx */
    async get(key, ctx) {
      const found = currentStore();
      if (!found) return null;
      const entry = entries.get(key);
      const tags = entry ? (entry.value?.kind === "FETCH" ? tagsOf(entry.value, ctx) : entry.tags) : [];
      let reading;
      try {
        reading = await readerFor(found)(tags);
      } catch (error) {
        console.error("[cache] could not read tag expiries:", error instanceof Error ? error.message : error);
        return null;
      }
      const now = parseSnapshot(reading.snapshot);
      const expired = new Map(reading.expired);
      const stale =
        !entry ||
        clock() - entry.lastModified > maxEntryAgeMs ||
        tags.some((tag) => {
          const xid = expired.get(tag);
          return xid !== undefined && !visibleIn(BigInt(xid), entry.snapshot);
        });
      if (stale) {
        drop(key);
        rendering(key, now);
        return null;
      }
      entries.delete(key);
      entries.set(key, entry);
      // Past its revalidate window Next serves it once more and renders a new copy meanwhile.
      const revalidate = entry.cacheControl?.revalidate;
      if (typeof revalidate === "number" && clock() - entry.lastModified > revalidate * 1000) rendering(key, now);
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    },

    /** @param {string} key @param {any} value @param {any} ctx */
    async set(key, value, ctx) {
      if (!currentStore()) return;
      const snapshot = pending.get(key) ?? nothingVisible;
      pending.delete(key);
      drop(key);
      const entry = {
        value,
        lastModified: clock(),
        cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
        tags: tagsOf(value, ctx),
        snapshot,
        size: key.length + sizeOf(value),
      };
      if (entry.size > budget) return;
      entries.set(key, entry);
      bytes += entry.size;
      for (const oldest of entries.keys()) {
        if (bytes <= budget) break;
        drop(oldest);
      }
    },

    /** Next's revalidateTag/revalidatePath, called after a request's work: written in a transaction of its own. */
    async revalidateTag(tags) {
      const list = typeof tags === "string" ? [tags] : [...tags];
      const found = currentStore();
      if (!found || list.length === 0) return;
      await found.expire(list);
    },

    /** For tests and the health of the cache: how many pages and bytes this instance holds. */
    stats: () => ({ entries: entries.size, bytes }),
  };
}

const shared = createSharedCache({ store: () => /** @type {any} */ (globalThis)[storeKey] });

/**
 * Next makes one of these per request; they all share the module's cache above.
 * Interface: next/dist/server/lib/incremental-cache (CacheHandler).
 */
export default class SharedCacheHandler {
  constructor(_context) {}
  get(key, ctx) {
    return shared.get(key, ctx);
  }
  set(key, value, ctx) {
    return shared.set(key, value, ctx);
  }
  revalidateTag(tags, _durations) {
    return shared.revalidateTag(tags);
  }
  resetRequestCache() {}
}
