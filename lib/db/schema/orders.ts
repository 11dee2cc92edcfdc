import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { DeliveryAddress } from "../../checkout/shapes";
import type { PmsPaymentType } from "@pms-kit/client/payment-types";
import { shoppers } from "./accounts";
import { carts } from "./cart";
import type { LocalizedText } from "./catalog";
import { products, productVariants } from "./catalog";

export const orderStatus = pgEnum("order_status", ["pending", "paid", "failed", "expired", "refunded"]);
export type OrderStatus = (typeof orderStatus.enumValues)[number];

export const paymentStatus = pgEnum("payment_status", ["created", "pending", "succeeded", "failed", "expired", "refunded"]);
export type PaymentStatus = (typeof paymentStatus.enumValues)[number];

/** Why staff must look at a payment; null when nothing is wrong. */
export const paymentFlag = pgEnum("payment_flag", ["review_mismatch", "refund_extra", "paid_late", "stock_short"]);
export type PaymentFlag = (typeof paymentFlag.enumValues)[number];

export const deliveryMethod = pgEnum("delivery_method", ["courier", "pickup"]);

/** What staff did with a paid order: handed to a carrier, or set aside at the store. */
export const fulfilmentKind = pgEnum("fulfilment_kind", ["shipped", "ready_for_pickup"]);
export type FulfilmentKind = (typeof fulfilmentKind.enumValues)[number];

export const eventSource = pgEnum("payment_event_source", ["checkout", "sales", "result_page", "webhook", "reconcile", "staff"]);
export type EventSource = (typeof eventSource.enumValues)[number];

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // The browser that placed the order: its cart cookie is its proof of ownership.
    cartId: uuid("cart_id").references(() => carts.id, { onDelete: "set null" }),
    status: orderStatus("status").notNull().default("pending"),
    totalCents: integer("total_cents").notNull(),
    currency: text("currency").notNull().default("HKD"),
    locale: text("locale").notNull(),
    paidPaymentId: uuid("paid_payment_id"),
    paidLateAt: timestamp("paid_late_at", { withTimezone: true }),
    // Set once, in the transaction that marks the order paid: stock left the shelf.
    stockCommittedAt: timestamp("stock_committed_at", { withTimezone: true }),
    // What was short when it was paid (sold out meanwhile): staff fulfil or refund.
    stockShortfall: text("stock_shortfall"),
    // Contact and delivery, from checkout (null on orders placed before checkout asked).
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    deliveryMethod: deliveryMethod("delivery_method"),
    deliveryAddress: jsonb("delivery_address").$type<DeliveryAddress>(),
    // Included in totalCents: items + fee = total = PMS amt.
    deliveryFeeCents: integer("delivery_fee_cents").notNull().default(0),
    // The signed-in shopper who placed it, if any (guest orders are theirs through contactEmail).
    shopperId: uuid("shopper_id").references(() => shoppers.id, { onDelete: "set null" }),
    // Set once by staff on a paid order (lib/orders/fulfilment.ts); null while it waits to be fulfilled.
    fulfilment: fulfilmentKind("fulfilment"),
    fulfilledAt: timestamp("fulfilled_at", { withTimezone: true }),
    fulfilledBy: text("fulfilled_by"),
    carrier: text("carrier"),
    trackingNumber: text("tracking_number"),
    // A pick-up order the shopper came for: set once by staff after ready_for_pickup.
    collectedAt: timestamp("collected_at", { withTimezone: true }),
    collectedBy: text("collected_by"),
    // Set when the shopper closed their account: contact, address and links were erased, the order kept for the books.
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("orders_total_positive", sql`${t.totalCents} > 0`),
    check("orders_delivery_fee_range", sql`${t.deliveryFeeCents} >= 0 and ${t.deliveryFeeCents} < ${t.totalCents}`),
    index("orders_cart_idx").on(t.cartId),
    index("orders_contact_email_idx").on(t.contactEmail),
    index("orders_shopper_idx").on(t.shopperId),
    // The back office's list pages newest first on (created_at, id), one index per filter (lib/admin/order-list.ts).
    index("orders_created_idx").on(t.createdAt, t.id),
    index("orders_status_created_idx").on(t.status, t.createdAt, t.id),
    index("orders_delivery_created_idx").on(t.deliveryMethod, t.createdAt, t.id),
    index("orders_to_fulfil_idx").on(t.createdAt, t.id).where(sql`${t.status} = 'paid' and ${t.fulfilment} is null`),
    index("orders_contact_email_lower_idx").on(sql`lower(${t.contactEmail})`),
    index("orders_paid_payment_idx").on(t.paidPaymentId),
    // Fulfilment is all or nothing, and a shipment names its carrier and tracking number.
    check("orders_fulfilment_whole", sql`(${t.fulfilment} is null) = (${t.fulfilledAt} is null)`),
    check(
      "orders_shipment_tracked",
      sql`${t.fulfilment} is distinct from 'shipped' or (${t.carrier} is not null and ${t.trackingNumber} is not null)`,
    ),
    // Collected is all or nothing too, and only a pick-up order set aside can have been collected.
    check("orders_collection_whole", sql`(${t.collectedAt} is null) = (${t.collectedBy} is null)`),
    check("orders_collected_after_pickup", sql`${t.collectedAt} is null or ${t.fulfilment} = 'ready_for_pickup'`),
  ],
);

export type Order = typeof orders.$inferSelect;
export type NewOrder = typeof orders.$inferInsert;

export const orderItems = pgTable(
  "order_items",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    // Restrict: a product or variant that was ever ordered is never deleted (staff archive it),
    // so every order, email and CSV keeps pointing at it.
    productId: integer("product_id").references(() => products.id, { onDelete: "restrict" }),
    variantId: integer("variant_id").references(() => productVariants.id, { onDelete: "restrict" }),
    variantLabel: jsonb("variant_label").$type<LocalizedText>(),
    // A snapshot: the order reads the same after the catalog changes.
    name: jsonb("name").$type<LocalizedText>().notNull(),
    imagePath: text("image_path").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    quantity: integer("quantity").notNull(),
    lineTotalCents: integer("line_total_cents").notNull(),
  },
  (t) => [
    index("order_items_order_idx").on(t.orderId),
    check("order_items_quantity_positive", sql`${t.quantity} > 0`),
    check("order_items_line_total", sql`${t.lineTotalCents} = ${t.unitPriceCents} * ${t.quantity}`),
  ],
);

/**
 * Append-only record of each fix staff made to a shipped order's carrier or
 * tracking number: what it was, what it became, who and when. `sequence`
 * counts the order's corrections (1, 2, ...) under the order's row lock; the
 * unique index makes a second "first correction" impossible.
 */
export const shipmentCorrections = pgTable(
  "shipment_corrections",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    sequence: integer("sequence").notNull(),
    previousCarrier: text("previous_carrier").notNull(),
    previousTrackingNumber: text("previous_tracking_number").notNull(),
    carrier: text("carrier").notNull(),
    trackingNumber: text("tracking_number").notNull(),
    correctedBy: text("corrected_by").notNull(),
    correctedAt: timestamp("corrected_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("shipment_corrections_order_sequence").on(t.orderId, t.sequence),
    check("shipment_corrections_sequence_positive", sql`${t.sequence} > 0`),
    check(
      "shipment_corrections_changes_something",
      sql`(${t.carrier}, ${t.trackingNumber}) is distinct from (${t.previousCarrier}, ${t.previousTrackingNumber})`,
    ),
  ],
);

export type ShipmentCorrection = typeof shipmentCorrections.$inferSelect;

export type OrderItem = typeof orderItems.$inferSelect;
export type NewOrderItem = typeof orderItems.$inferInsert;

export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    rrn: text("rrn").notNull(),
    // A method PMS documents; the type lives in TypeScript only, so a new method needs no migration.
    method: text("method").$type<PmsPaymentType>().notNull(),
    status: paymentStatus("status").notNull().default("created"),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull().default("HKD"),
    storeCode: text("store_code").notNull(),
    // sha256 of the token our returnUrl carries; the token itself is never stored.
    returnTokenHash: text("return_token_hash").notNull(),
    paymentUrl: text("payment_url"),
    gwRefCode: text("gw_ref_code"),
    flag: paymentFlag("flag"),
    flagReason: text("flag_reason"),
    // Reconciliation schedule: when to ask /online/query next, and how often we have.
    nextCheckAt: timestamp("next_check_at", { withTimezone: true }),
    checkCount: integer("check_count").notNull().default(0),
    // Held by one reconciler while it asks PMS (lib/db/claim.ts); null when free.
    leaseToken: uuid("lease_token"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    // Since when /online/query has failed for this payment, every try; null once PMS answers.
    pmsUnreachableSince: timestamp("pms_unreachable_since", { withTimezone: true }),
    pmsTimeoutAt: timestamp("pms_timeout_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finalizedAt: timestamp("finalized_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("payments_rrn_unique").on(t.rrn),
    index("payments_order_idx").on(t.orderId),
    index("payments_next_check_idx").on(t.nextCheckAt),
    // The back office's payment views, newest first on (created_at, id), and the takings chart by day paid.
    index("payments_created_idx").on(t.createdAt, t.id),
    index("payments_attention_idx").on(t.createdAt, t.id).where(sql`${t.flag} is not null or ${t.pmsUnreachableSince} is not null`),
    index("payments_live_idx").on(t.createdAt, t.id).where(sql`${t.status} in ('created', 'pending')`),
    index("payments_finalized_idx").on(t.finalizedAt),
    check("payments_rrn_format", sql`${t.rrn} ~ '^[0-9]{24}$'`),
    check("payments_amount_positive", sql`${t.amountCents} > 0`),
  ],
);

export type Payment = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;

/** Append-only story of every payment: what happened, who said so, and what PMS answered. */
export const paymentEvents = pgTable(
  "payment_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    paymentId: uuid("payment_id")
      .notNull()
      .references(() => payments.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    source: eventSource("source").notNull(),
    fromStatus: paymentStatus("from_status"),
    toStatus: paymentStatus("to_status"),
    detail: text("detail"),
    pmsAnswer: jsonb("pms_answer"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("payment_events_payment_idx").on(t.paymentId), index("payment_events_order_idx").on(t.orderId)],
);

export type PaymentEvent = typeof paymentEvents.$inferSelect;
export type NewPaymentEvent = typeof paymentEvents.$inferInsert;

/**
 * Webhook notifications kept durably before we answer errorCode "0". At most
 * one unprocessed row per rrn: copies of the same notification fold into it.
 */
export const webhookInbox = pgTable(
  "webhook_inbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    rrn: text("rrn").notNull(),
    paymentId: uuid("payment_id").references(() => payments.id, { onDelete: "cascade" }),
    payload: jsonb("payload").notNull(),
    receivedCount: integer("received_count").notNull().default(1),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp("processed_at", { withTimezone: true }),
    // Held by one worker while it asks PMS (lib/db/claim.ts); null when free.
    leaseToken: uuid("lease_token"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("webhook_inbox_open_rrn").on(t.rrn).where(sql`${t.processedAt} is null`),
    // Copies of a notification confirmed moments ago are found by rrn and counted there.
    index("webhook_inbox_rrn_processed_idx").on(t.rrn, t.processedAt),
    index("webhook_inbox_due_idx").on(t.nextAttemptAt),
  ],
);

export type WebhookInboxItem = typeof webhookInbox.$inferSelect;
export type NewWebhookInboxItem = typeof webhookInbox.$inferInsert;
