import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { recordStaffAction } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { orders, type FulfilmentKind, type Order, type OrderStatus } from "@/lib/db/schema";
import { collectionSchema, fieldErrorsOf } from "./fulfilment-input";

export type CollectionResult =
  | { kind: "collected"; order: Order }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "not-found" }
  | { kind: "not-paid"; status: OrderStatus }
  | { kind: "not-ready"; fulfilment: FulfilmentKind | null }
  | { kind: "already-collected"; collectedAt: Date }
  | { kind: "forbidden" };

/**
 * The shopper came to the store and took the parcel: the last step of a
 * pick-up order, after ready_for_pickup. No mail: the shopper is standing at
 * the counter, and a receipt they did not ask for is noise. Set once, with a
 * guarded UPDATE under the row lock, so two staff clicking at once record one
 * collection (the first one's name and time).
 */
export async function markOrderCollected(db: Db, actor: StaffActor, input: { orderId: string; now?: Date }): Promise<CollectionResult> {
  // Checked here where orders are touched, whoever calls.
  if (!can(actor, "orders.fulfil")) return { kind: "forbidden" };
  const parsed = collectionSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const { orderId } = parsed.data;
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order) return { kind: "not-found" };
    if (order.status !== "paid") return { kind: "not-paid", status: order.status };
    if (order.fulfilment !== "ready_for_pickup") return { kind: "not-ready", fulfilment: order.fulfilment };
    if (order.collectedAt) return { kind: "already-collected", collectedAt: order.collectedAt };
    const now = input.now ?? new Date();
    const [updated] = await tx
      .update(orders)
      .set({ collectedAt: now, collectedBy: actor.email, updatedAt: now })
      .where(and(eq(orders.id, orderId), eq(orders.fulfilment, "ready_for_pickup"), isNull(orders.collectedAt)))
      .returning();
    await recordStaffAction(tx, actor, { kind: "order.collected", record: { type: "order", id: orderId }, before: { collectedAt: null }, after: { collectedAt: now }, at: now });
    return { kind: "collected", order: updated! };
  });
}
