import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * When each cache tag was last expired, shared by every instance (lib/cache,
 * docs/decisions/010). `xid` is the id of the transaction that expired it
 * (pg_current_xact_id()): a cached page is fresh only if that transaction
 * was already visible in the snapshot taken before the page was rendered,
 * which holds whatever order transactions commit in and whatever the
 * instances' clocks say.
 */
export const cacheTagExpiries = pgTable("cache_tag_expiries", {
  tag: text("tag").primaryKey(),
  xid: bigint("xid", { mode: "bigint" }).notNull(),
  expiredAt: timestamp("expired_at", { withTimezone: true }).notNull().defaultNow(),
});
