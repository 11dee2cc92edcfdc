import "server-only";
import { and, count, eq } from "drizzle-orm";
import { recordStaffAction } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { orders, shipmentCorrections, type FulfilmentKind, type Order, type OrderStatus, type ShipmentCorrection } from "@/lib/db/schema";
import { enqueueShipmentCorrection } from "@/lib/mail/outbox";
import { correctionSchema, fieldErrorsOf } from "./fulfilment-input";

/** What happened when staff asked to correct a shipment, as a value (like FulfilmentResult). */
export type CorrectionResult =
  | { kind: "corrected"; order: Order; correction: ShipmentCorrection; noticeQueued: boolean }
  | { kind: "unchanged"; order: Order }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "not-found" }
  | { kind: "not-paid"; status: OrderStatus }
  | { kind: "not-shipped"; fulfilment: FulfilmentKind | null }
  | { kind: "forbidden" };

/**
 * Fixes the carrier or tracking number of a shipped order (a typo, a parcel
 * relabelled). One transaction: lock the order, check it is shipped, record
 * the correction with its sequence number, update the order, and write the
 * corrected notice to the outbox. The row lock serialises two corrections
 * at once: each is committed once, in turn, and each gets its own notice
 * (its dedupe key names the sequence and the new tracking number). The same
 * values again are "unchanged": a double click mails the shopper once.
 */
export async function correctShipment(
  db: Db,
  actor: StaffActor,
  input: { orderId: string; carrier: string; trackingNumber: string; now?: Date },
): Promise<CorrectionResult> {
  // Checked here where orders are touched, whoever calls.
  if (!can(actor, "orders.fulfil")) return { kind: "forbidden" };
  const parsed = correctionSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const { orderId, carrier, trackingNumber } = parsed.data;
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order) return { kind: "not-found" };
    // A refunded order's parcel is not the shopper's concern any more: nobody is mailed about it.
    if (order.status !== "paid") return { kind: "not-paid", status: order.status };
    if (order.fulfilment !== "shipped") return { kind: "not-shipped", fulfilment: order.fulfilment };
    if (order.carrier === carrier && order.trackingNumber === trackingNumber) return { kind: "unchanged", order };
    const now = input.now ?? new Date();
    const [earlier] = await tx.select({ done: count() }).from(shipmentCorrections).where(eq(shipmentCorrections.orderId, orderId));
    const [correction] = await tx
      .insert(shipmentCorrections)
      .values({
        orderId,
        sequence: (earlier?.done ?? 0) + 1,
        previousCarrier: order.carrier!,
        previousTrackingNumber: order.trackingNumber!,
        carrier,
        trackingNumber,
        correctedBy: actor.email,
        correctedAt: now,
      })
      .returning();
    const [updated] = await tx
      .update(orders)
      .set({ carrier, trackingNumber, updatedAt: now })
      .where(and(eq(orders.id, orderId), eq(orders.fulfilment, "shipped")))
      .returning();
    const noticeQueued = await enqueueShipmentCorrection(tx, orderId, { carrier, tracking: trackingNumber, sequence: correction!.sequence });
    await recordStaffAction(tx, actor, {
      kind: "order.shipment_correction",
      record: { type: "order", id: orderId },
      before: { carrier: order.carrier, trackingNumber: order.trackingNumber },
      after: { carrier, trackingNumber },
      at: now,
    });
    return { kind: "corrected", order: updated!, correction: correction!, noticeQueued };
  });
}

/** An order's corrections, oldest first: the page tells the story of its shipment. */
export async function listShipmentCorrections(db: Db, actor: StaffActor, orderId: string): Promise<ShipmentCorrection[]> {
  assertCan(actor, "orders.view");
  return db.select().from(shipmentCorrections).where(eq(shipmentCorrections.orderId, orderId)).orderBy(shipmentCorrections.sequence);
}
