import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters for lib/security/rate-limit.ts, in the shape rate-limiter-flexible's
 * RateLimiterDrizzle expects (key, points, expire). Kept in the database so
 * every instance sees the same counts; keys are hashes, never raw emails or IPs.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull(),
  expire: timestamp("expire", { withTimezone: true }),
});
