import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Which builds of the app are serving on this database, and when each was
 * last seen (lib/health/builds.ts). Every instance should run one build:
 * a server action rendered by one build fails on an instance of another.
 */
export const servingBuilds = pgTable("serving_builds", {
  buildId: text("build_id").primaryKey(),
  firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
});
