"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { forbiddenMessage } from "@/lib/auth/permissions";
import { getStaffActor } from "@/lib/auth/staff";
import { getDb } from "@/lib/db";
import { collectionSchema, correctionSchema, fieldErrorsOf } from "@/lib/orders/fulfilment-input";
import { markOrderCollected, type CollectionResult } from "@/lib/orders/pickup-collection";
import { correctShipment, type CorrectionResult } from "@/lib/orders/shipment-correction";

/** What staff read after a correction, in their words: what happened, and what the shopper was told. */
function correctionState(result: CorrectionResult): ActionState {
  switch (result.kind) {
    case "corrected": {
      const mail = result.noticeQueued ? "the shopper's corrected notice is on its way." : "this order has no email, so no notice was sent.";
      return { status: "success", message: `Shipment corrected to ${result.order.carrier}, ${result.order.trackingNumber}; ${mail}` };
    }
    case "unchanged":
      return { status: "success", message: "That is already the order's carrier and tracking number; nothing was changed or sent." };
    case "invalid":
      return { status: "error", message: "Check the fields below.", fieldErrors: result.fieldErrors };
    case "not-found":
      return { status: "error", message: "No such order." };
    case "not-paid":
      return { status: "error", message: `The order is ${result.status}; nothing was changed or sent.` };
    case "not-shipped":
      return { status: "error", message: "Only a shipped order's shipment can be corrected; nothing was changed." };
    case "forbidden":
      return { status: "error", message: forbiddenMessage };
  }
}

function collectionState(result: CollectionResult): ActionState {
  switch (result.kind) {
    case "collected":
      return { status: "success", message: "Marked collected." };
    case "already-collected":
      return { status: "success", message: "Already marked collected; nothing was changed." };
    case "invalid":
      return { status: "error", message: "That is not an order id." };
    case "not-found":
      return { status: "error", message: "No such order." };
    case "not-paid":
      return { status: "error", message: `The order is ${result.status}; nothing was changed.` };
    case "not-ready":
      return { status: "error", message: "Only an order set aside for pick-up can be collected; nothing was changed." };
    case "forbidden":
      return { status: "error", message: forbiddenMessage };
  }
}

/** Runs the change, and refreshes the order page only when something changed. */
async function run<R extends { kind: string }>(orderId: string, change: () => Promise<R>, describe: (result: R) => ActionState, changed: R["kind"]): Promise<ActionState> {
  let result: R;
  try {
    result = await change();
  } catch (error) {
    console.error("[admin] order change failed", error);
    return { status: "error", message: "Something went wrong; nothing was changed." };
  }
  if (result.kind === changed) revalidatePath(`/admin/orders/${orderId}`);
  return describe(result);
}

export async function correctShipmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = correctionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Check the fields below.", fieldErrors: fieldErrorsOf(parsed.error) };
  const actor = await getStaffActor();
  // No session (signed out, removed, idle): the action sends them to sign in, before touching anything.
  if (!actor) redirect("/admin/sign-in");
  return run(parsed.data.orderId, async () => correctShipment(await getDb(), actor, parsed.data), correctionState, "corrected");
}

export async function markCollectedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = collectionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "That is not an order id." };
  const actor = await getStaffActor();
  // No session (signed out, removed, idle): the action sends them to sign in, before touching anything.
  if (!actor) redirect("/admin/sign-in");
  return run(parsed.data.orderId, async () => markOrderCollected(await getDb(), actor, parsed.data), collectionState, "collected");
}
