import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { recordStaffAction } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { orders, type FulfilmentKind, type Order, type OrderStatus } from "@/lib/db/schema";
import { enqueueFulfilmentNotice } from "@/lib/mail/outbox";
import { fieldErrorsOf, pickupSchema, shipmentSchema } from "./fulfilment-input";

/**
 * What happened when staff asked to fulfil an order, as a value (like
 * packages/pms-client/src/failure.ts): the caller says each case in its own words, and
 * nothing here throws for a request that was merely not allowed.
 */
export type FulfilmentResult =
  | { kind: "fulfilled"; order: Order; noticeQueued: boolean }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "not-found" }
  | { kind: "not-paid"; status: OrderStatus }
  | { kind: "already-fulfilled"; fulfilment: FulfilmentKind }
  | { kind: "wrong-delivery"; deliveryMethod: Order["deliveryMethod"] }
  | { kind: "forbidden" };

type When = { now?: Date };

/**
 * Which delivery each fulfilment fits. A courier order is shipped, a pick-up
 * order is set aside at the store. Orders placed before checkout asked for
 * delivery (null) went out by post then, so they may be shipped, never
 * "ready for pick-up": nobody told the shopper to come to the store.
 */
const fits: Record<FulfilmentKind, readonly Order["deliveryMethod"][]> = {
  shipped: ["courier", null],
  ready_for_pickup: ["pickup"],
};

/** Hands a paid courier (or legacy) order to a carrier; the shopper is mailed the tracking number. */
export async function markOrderShipped(
  db: Db,
  actor: StaffActor,
  input: { orderId: string; carrier: string; trackingNumber: string } & When,
): Promise<FulfilmentResult> {
  // Checked here where orders are touched, whoever calls: the page, the action, or a direct call.
  if (!can(actor, "orders.fulfil")) return { kind: "forbidden" };
  const parsed = shipmentSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const { orderId, carrier, trackingNumber } = parsed.data;
  return fulfil(db, actor, orderId, "shipped", input, { carrier, trackingNumber });
}

/** Sets a paid pick-up order aside at the store; the shopper is mailed to come for it. */
export async function markOrderReadyForPickup(db: Db, actor: StaffActor, input: { orderId: string } & When): Promise<FulfilmentResult> {
  // Checked here where orders are touched, whoever calls.
  if (!can(actor, "orders.fulfil")) return { kind: "forbidden" };
  const parsed = pickupSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  return fulfil(db, actor, parsed.data.orderId, "ready_for_pickup", input, { carrier: null, trackingNumber: null });
}

/**
 * One transaction: lock the order, check it may be fulfilled this way, set
 * the fulfilment with a guarded UPDATE (paid, not yet fulfilled), and write
 * the notice to the outbox. Fulfilment is set once, and the notice's dedupe
 * key is per order and kind, so a double click or two staff at once make
 * one fulfilment and one mail; a refund racing in makes neither.
 */
async function fulfil(
  db: Db,
  actor: StaffActor,
  orderId: string,
  kind: FulfilmentKind,
  staff: When,
  shipment: { carrier: string | null; trackingNumber: string | null },
): Promise<FulfilmentResult> {
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order) return { kind: "not-found" };
    if (order.status !== "paid") return { kind: "not-paid", status: order.status };
    if (order.fulfilment) return { kind: "already-fulfilled", fulfilment: order.fulfilment };
    if (!fits[kind].includes(order.deliveryMethod)) return { kind: "wrong-delivery", deliveryMethod: order.deliveryMethod };
    const now = staff.now ?? new Date();
    const [updated] = await tx
      .update(orders)
      .set({ fulfilment: kind, fulfilledAt: now, fulfilledBy: actor.email, ...shipment, updatedAt: now })
      .where(and(eq(orders.id, orderId), eq(orders.status, "paid"), isNull(orders.fulfilment)))
      .returning();
    if (!updated) return { kind: "already-fulfilled", fulfilment: kind };
    const notice =
      kind === "shipped"
        ? { kind, carrier: shipment.carrier!, tracking: shipment.trackingNumber! }
        : { kind };
    const noticeQueued = await enqueueFulfilmentNotice(tx, orderId, notice);
    await recordStaffAction(tx, actor, {
      kind: kind === "shipped" ? "order.ship" : "order.ready_for_pickup",
      record: { type: "order", id: orderId },
      before: { fulfilment: null },
      after: { fulfilment: kind, ...(shipment.carrier && shipment) },
      at: now,
    });
    return { kind: "fulfilled", order: updated, noticeQueued };
  });
}
