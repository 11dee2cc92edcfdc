import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** A shopper's account: an email proven by a sign-in link. No password is ever stored. */
export const shoppers = pgTable(
  "shoppers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { withTimezone: true }),
    name: text("name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("shoppers_email_unique").on(t.email)],
);

export type Shopper = typeof shoppers.$inferSelect;

/** next-auth's sign-in link tokens: only their hash is stored; using one deletes it. */
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Addresses a signed-in shopper had delivered to; the latest prefills checkout. */
export const shopperAddresses = pgTable(
  "shopper_addresses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    shopperId: uuid("shopper_id")
      .notNull()
      .references(() => shoppers.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    line1: text("line1").notNull(),
    line2: text("line2"),
    district: text("district").notNull(),
    region: text("region").notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("shopper_addresses_shopper_idx").on(t.shopperId),
    uniqueIndex("shopper_addresses_same").on(t.shopperId, t.name, t.line1, t.district, t.region),
  ],
);

export type ShopperAddress = typeof shopperAddresses.$inferSelect;
