import type { CacheTagReading } from "./expiries";

export type Snapshot = { xmin: bigint; xmax: bigint; inProgress: Set<bigint> };
export type CacheStore = { read(tags: string[]): Promise<CacheTagReading>; expire(tags: string[]): Promise<void> };
export type SharedCache = {
  get(key: string, ctx?: unknown): Promise<{ lastModified: number; value: unknown; cacheControl: unknown } | null>;
  set(key: string, value: unknown, ctx?: unknown): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  stats(): { entries: number; bytes: number };
};

export const maxEntryAgeMs: number;
export const nothingVisible: Snapshot;
export function parseSnapshot(text: string): Snapshot;
export function visibleIn(xid: bigint, snapshot: Snapshot): boolean;
export function coalesceReads(read: (tags: string[]) => Promise<CacheTagReading>): (tags: string[]) => Promise<CacheTagReading>;
export function createSharedCache(options: { store: () => CacheStore | undefined; clock?: () => number; maxBytes?: number }): SharedCache;
export default class SharedCacheHandler {
  constructor(context: unknown);
  get: SharedCache["get"];
  set: SharedCache["set"];
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
