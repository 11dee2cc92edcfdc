import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * Keyset paging for the back office's lists (docs/decisions/011): newest
 * first on (time, id), so a page is one index range however deep it is and
 * rows that arrive meanwhile never shift a page. A cursor names the row a
 * page starts after: its time to the microsecond (a JavaScript Date keeps
 * only milliseconds, which would skip rows) and its id. Pure but for SQL
 * fragments, so the parsing is tested without a database.
 */
export type KeysetCursor = { time: string; id: string };
export type KeysetPage = { direction: "older" | "newer"; cursor: KeysetCursor } | { direction: "first" };

const cursorPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function encodeCursor(cursor: KeysetCursor): string {
  return `${cursor.time}_${cursor.id}`;
}

export function decodeCursor(raw: string): KeysetCursor | undefined {
  const match = cursorPattern.exec(raw);
  if (!match || Number.isNaN(Date.parse(match[1]!))) return undefined;
  return { time: match[1]!, id: match[2]! };
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;
const read = (params: Params, name: string) => {
  const raw = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(raw) ? raw[0] : raw) ?? undefined;
};

/** `?older=<cursor>` or `?newer=<cursor>`; a cursor we did not write is reported and the first page shown. */
export function parseKeysetPage(params: Params, problems: string[]): KeysetPage {
  for (const direction of ["older", "newer"] as const) {
    const raw = read(params, direction);
    if (raw === undefined || raw === "") continue;
    const cursor = decodeCursor(raw);
    if (cursor) return { direction, cursor };
    problems.push(`The page position ${JSON.stringify(raw.slice(0, 40))} is not one this list wrote; the newest page is shown.`);
    return { direction: "first" };
  }
  return { direction: "first" };
}

/** The row's time as a cursor keeps it: UTC, microseconds. */
export const cursorTime = (column: AnyColumn) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Where a page starts, and how to order it: newer pages are read oldest-first and turned round. */
export function keysetWhere(page: KeysetPage, time: AnyColumn, id: AnyColumn): SQL | undefined {
  if (page.direction === "first") return undefined;
  const after = sql`(${page.cursor.time}::timestamptz, ${page.cursor.id}::uuid)`;
  return page.direction === "older" ? sql`(${time}, ${id}) < ${after}` : sql`(${time}, ${id}) > ${after}`;
}

export function keysetOrder(page: KeysetPage, time: AnyColumn, id: AnyColumn): SQL[] {
  return page.direction === "newer" ? [sql`${time} asc`, sql`${id} asc`] : [sql`${time} desc`, sql`${id} desc`];
}

/**
 * From `size + 1` rows read in the page's order: the page newest first, and
 * the cursors of the pages either side (undefined where there is none).
 */
export function keysetResult<T>(page: KeysetPage, rows: T[], size: number, cursorOf: (row: T) => KeysetCursor) {
  const more = rows.length > size;
  const kept = rows.slice(0, size);
  const ordered = page.direction === "newer" ? kept.reverse() : kept;
  const first = ordered[0];
  const last = ordered.at(-1);
  const hasNewer = page.direction === "older" || (page.direction === "newer" && more);
  const hasOlder = page.direction === "newer" || more;
  return {
    rows: ordered,
    newer: hasNewer && first ? encodeCursor(cursorOf(first)) : undefined,
    older: hasOlder && last ? encodeCursor(cursorOf(last)) : undefined,
  };
}

/** Counts stop here: past it the page says "more than". */
export const countCap = 1_000;

/** A count that reads at most `cap + 1` rows: exact up to the cap, "more than cap" beyond. */
export type CappedCount = { n: number; capped: boolean };

export function describeCount(count: CappedCount, noun: [string, string]): string {
  if (count.capped) return `more than ${count.n.toLocaleString("en")} ${noun[1]}`;
  return `${count.n.toLocaleString("en")} ${count.n === 1 ? noun[0] : noun[1]}`;
}
