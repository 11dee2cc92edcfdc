import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import type { CheckoutDetails } from "../../checkout/shapes";
import { shoppers } from "./accounts";
import { products, productVariants } from "./catalog";

/** A server-side cart, found by the id in the httpOnly `cart` cookie. */
export const carts = pgTable("carts", {
  id: uuid("id").primaryKey().defaultRandom(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  // The last contact and delivery details typed at checkout: they survive a refused payment.
  checkoutDetails: jsonb("checkout_details").$type<CheckoutDetails>(),
  // The shopper account this browser's cart joined when it signed in.
  shopperId: uuid("shopper_id").references(() => shoppers.id, { onDelete: "set null" }),
});

export type Cart = typeof carts.$inferSelect;
export type NewCart = typeof carts.$inferInsert;

export const cartItems = pgTable(
  "cart_items",
  {
    cartId: uuid("cart_id")
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    variantId: integer("variant_id")
      .notNull()
      .references(() => productVariants.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    // The unit price the shopper last saw for this line: the cart says so when staff changed it since.
    seenPriceCents: integer("seen_price_cents"),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cartId, t.variantId] }),
    check("cart_items_quantity_range", sql`${t.quantity} between 1 and 99`),
  ],
);

export type CartItem = typeof cartItems.$inferSelect;
export type NewCartItem = typeof cartItems.$inferInsert;
