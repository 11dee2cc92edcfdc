import "server-only";
import { getDb } from "@/lib/db";
import { processSingleton } from "@/lib/process-singleton";
import { expireCacheTags, readCacheTagExpiries, type CacheTagReading } from "./expiries";

/** What the cache handler (lib/cache/shared-cache-handler.mjs) finds under its global symbol. */
export type CacheStore = {
  read(tags: string[]): Promise<CacheTagReading>;
  expire(tags: string[]): Promise<void>;
};

// The same Symbol.for key the handler reads: "harbour-goods.cache-store".
const cacheStore = processSingleton<CacheStore>("cache-store");

/**
 * Hands the cache handler this process's database, once at start
 * (lib/startup.ts). Next loads the handler outside the app's bundles, so
 * this is how it reaches the same connection (and, on PGlite, the one
 * process allowed to open it).
 */
export function registerCacheStore(): void {
  cacheStore.set({
    read: async (tags) => readCacheTagExpiries(await getDb(), tags),
    expire: async (tags) => {
      const db = await getDb();
      await db.transaction((tx) => expireCacheTags(tx, tags));
    },
  });
}
