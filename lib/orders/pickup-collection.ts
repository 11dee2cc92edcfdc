import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { requireStaff } from "@/lib/auth/staff";
import type { Db } from "@/lib/db";
import { orders, type FulfilmentKind, type Order, type OrderStatus } from "@/lib/db/schema";
import { collectionSchema, fieldErrorsOf } from "./fulfilment-input";

export type CollectionResult =
  | { kind: "collected"; order: Order }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "not-found" }
  | { kind: "not-paid"; status: OrderStatus }
  | { kind: "not-ready"; fulfilment: FulfilmentKind | null }
  | { kind: "already-collected"; collectedAt: Date };

/**
 * The shopper came to the store and took the parcel: the last step of a
 * pick-up order, after ready_for_pickup. No mail: the shopper is standing at
 * the counter, and a receipt they did not ask for is noise. Set once, with a
 * guarded UPDATE under the row lock, so two staff clicking at once record one
 * collection (the first one's name and time).
 */
export async function markOrderCollected(db: Db, input: { orderId: string; staffEmail: string; now?: Date }): Promise<CollectionResult> {
  // Staff only, checked here where orders are touched, whoever calls.
  await requireStaff();
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
      .set({ collectedAt: now, collectedBy: input.staffEmail, updatedAt: now })
      .where(and(eq(orders.id, orderId), eq(orders.fulfilment, "ready_for_pickup"), isNull(orders.collectedAt)))
      .returning();
    return { kind: "collected", order: updated! };
  });
}
