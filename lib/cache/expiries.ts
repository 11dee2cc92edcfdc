import { sql } from "drizzle-orm";
import { cacheTagExpiries } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/tx";
import { rowsOf } from "@/lib/db/rows";

/** What Next prefixes to the tags it derives from paths (`NEXT_CACHE_IMPLICIT_TAG_ID`). */
const implicitTagPrefix = "_N_T_";

/**
 * The tag Next gives a path, exactly as `revalidatePath(path, type)` names
 * it: `/cached/en/products/x` for one URL, or `/(catalog)/cached/[locale]`
 * with "layout" for every page under that layout. Pages carry these tags
 * (Next derives them from the route and the URL), so expiring the tag here
 * expires the page on every instance (docs/decisions/010).
 */
export function cacheTagOfPath(path: string, type?: "layout" | "page"): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  let tag = `${implicitTagPrefix}${encodeHeaderSafe(trimmed)}`;
  if (type) tag += `${tag.endsWith("/") ? "" : "/"}${type}`;
  return tag;
}

// Next's encodeHeaderSafe: tags travel in a header, so anything outside printable ASCII is percent-encoded.
function encodeHeaderSafe(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : encodeURI(value);
}

/**
 * Expires cache tags in the caller's transaction: every instance renders the
 * pages carrying them afresh on its next request once it commits, and a
 * rollback expires nothing. Each row records the expiring transaction's id,
 * which the cache handler checks against the snapshot a page was rendered
 * after. Tags are written in one sorted statement, so two transactions
 * expiring the same tags lock them in the same order and never deadlock.
 */
export async function expireCacheTags(tx: Executor, tags: readonly string[]): Promise<void> {
  const unique = [...new Set(tags)].sort();
  if (unique.length === 0) return;
  await tx
    .insert(cacheTagExpiries)
    .values(unique.map((tag) => ({ tag, xid: sql`pg_current_xact_id()::text::bigint` })))
    .onConflictDoUpdate({ target: cacheTagExpiries.tag, set: { xid: sql`excluded.xid`, expiredAt: sql`now()` } });
}

export type CacheTagReading = {
  /** pg_current_snapshot() as text, `xmin:xmax:xip,...`: which transactions had committed when it was read. */
  snapshot: string;
  /** The tags asked about that were ever expired, with the expiring transaction's id (decimal text). */
  expired: [tag: string, xid: string][];
};

/** One round trip: the current snapshot, and the expiries of `tags`. */
export async function readCacheTagExpiries(db: Executor, tags: readonly string[]): Promise<CacheTagReading> {
  const unique = [...new Set(tags)];
  const expired =
    unique.length === 0
      ? sql`'[]'::json`
      : sql`(select coalesce(json_agg(json_build_array(e.tag, e.xid::text)), '[]'::json) from ${cacheTagExpiries} e where e.tag in (${sql.join(
          unique.map((tag) => sql`${tag}`),
          sql`, `,
        )}))`;
  const rows = rowsOf(await db.execute(sql`select pg_current_snapshot()::text as "snapshot", ${expired} as "expired"`));
  const row = rows[0] ?? {};
  const list = typeof row.expired === "string" ? (JSON.parse(row.expired) as unknown) : row.expired;
  return { snapshot: String(row.snapshot), expired: Array.isArray(list) ? (list as [string, string][]) : [] };
}
