"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { recordStaffAction } from "@/lib/audit";
import { can, forbiddenMessage } from "@/lib/auth/permissions";
import { getStaffActor } from "@/lib/auth/staff";
import { getDb } from "@/lib/db";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { getPaymentById } from "@/lib/payments/queries";

const recheckSchema = z.object({ paymentId: z.uuid() });

/** On-call's first tool: ask PMS now, through the same confirmed path as everything else. */
export async function recheckPaymentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = recheckSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "That is not a payment id." };
  const actor = await getStaffActor();
  // No session (signed out, removed, idle): the action sends them to sign in, before touching anything.
  if (!actor) redirect("/admin/sign-in");
  if (!can(actor, "payments.check")) return { status: "error", message: forbiddenMessage };
  let message: string;
  let orderId: string;
  try {
    const payment = await getPaymentById(await getDb(), parsed.data.paymentId);
    if (!payment) return { status: "error", message: "No such payment." };
    orderId = payment.orderId;
    const outcome = await confirmPayment({ payment, source: "staff" });
    // The check's own effects commit in confirmPayment's transaction; this row says who asked and what PMS answered.
    await recordStaffAction(await getDb(), actor, { kind: "payment.pms_check", record: { type: "payment", id: payment.id }, after: { outcome: outcome.kind } });
    message = {
      applied: "PMS answered; the new status is applied.",
      unchanged: "PMS answered; nothing changed.",
      held: "PMS's answer does not match our record; the payment is held for review.",
      "unknown-at-pms": "PMS does not know this rrn.",
      "query-failed": "PMS could not be asked right now; try again shortly.",
    }[outcome.kind];
  } catch (error) {
    console.error("[admin] recheck failed", error);
    return { status: "error", message: "Something went wrong; nothing was changed." };
  }
  revalidatePath(`/admin/payments/${parsed.data.paymentId}`);
  // The order page offers the same check (its Refunds panel) and shows the order's status.
  revalidatePath(`/admin/orders/${orderId}`);
  return { status: "success", message };
}
