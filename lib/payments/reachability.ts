import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { payments, type EventSource, type Payment } from "@/lib/db/schema";
import { insertEvent } from "./events";

/**
 * Whether PMS could be asked about a payment. While it cannot, the payment
 * shows as "PMS unreachable" in the back office's needs-attention view and is
 * asked again on a capped back-off; it is never closed for it. One event when
 * the outage starts for this payment and one when PMS answers again, however
 * many tries fail in between.
 */
export async function markPmsUnreachable(
  db: Db,
  payment: Pick<Payment, "id" | "orderId">,
  input: { source: EventSource; detail: string; now: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [marked] = await tx
      .update(payments)
      .set({ pmsUnreachableSince: input.now })
      .where(and(eq(payments.id, payment.id), isNull(payments.pmsUnreachableSince)))
      .returning({ id: payments.id });
    if (marked) await insertEvent(tx, payment, { kind: "pms_unreachable", source: input.source, detail: input.detail });
  });
}

export async function markPmsAnswered(db: Db, payment: Pick<Payment, "id" | "orderId">, source: EventSource): Promise<void> {
  await db.transaction(async (tx) => {
    const [cleared] = await tx
      .update(payments)
      .set({ pmsUnreachableSince: null })
      .where(and(eq(payments.id, payment.id), isNotNull(payments.pmsUnreachableSince)))
      .returning({ id: payments.id });
    if (cleared) await insertEvent(tx, payment, { kind: "pms_reachable", source });
  });
}
