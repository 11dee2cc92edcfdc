"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { forbiddenMessage } from "@/lib/auth/permissions";
import { getStaffActor } from "@/lib/auth/staff";
import { getDb, type Db } from "@/lib/db";
import { markOrderReadyForPickup, markOrderShipped, type FulfilmentResult } from "@/lib/orders/fulfilment";
import { fieldErrorsOf, pickupSchema, shipmentSchema } from "@/lib/orders/fulfilment-input";

/** Each refusal in staff's words: what stopped it, and so what to do. */
function refusal(result: Exclude<FulfilmentResult, { kind: "fulfilled" }>): ActionState {
  const message = {
    invalid: "Check the fields below.",
    "not-found": "No such order.",
    "not-paid": "Only a paid order can be fulfilled; nothing was changed.",
    "already-fulfilled": "This order is already fulfilled; nothing was changed.",
    "wrong-delivery": "This order's delivery does not fit that; nothing was changed.",
    forbidden: forbiddenMessage,
  }[result.kind];
  return { status: "error", message, ...(result.kind === "invalid" && { fieldErrors: result.fieldErrors }) };
}

function success(result: Extract<FulfilmentResult, { kind: "fulfilled" }>, done: string): ActionState {
  const mail = result.noticeQueued ? "the shopper's notice is on its way." : "this order has no email, so no notice was sent.";
  return { status: "success", message: `${done}; ${mail}` };
}

async function fulfilWith(orderId: string, run: (db: Db) => Promise<FulfilmentResult>, done: string): Promise<ActionState> {
  let result: FulfilmentResult;
  try {
    result = await run(await getDb());
  } catch (error) {
    console.error("[admin] fulfilment failed", error);
    return { status: "error", message: "Something went wrong; nothing was changed." };
  }
  if (result.kind !== "fulfilled") return refusal(result);
  revalidatePath(`/admin/orders/${orderId}`);
  return success(result, done);
}

export async function markShippedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = shipmentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Check the fields below.", fieldErrors: fieldErrorsOf(parsed.error) };
  const actor = await getStaffActor();
  // No session (signed out, removed, idle): the action sends them to sign in, before touching anything.
  if (!actor) redirect("/admin/sign-in");
  return fulfilWith(parsed.data.orderId, (db) => markOrderShipped(db, actor, parsed.data), "Marked shipped");
}

export async function markReadyForPickupAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = pickupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "That is not an order id." };
  const actor = await getStaffActor();
  // No session (signed out, removed, idle): the action sends them to sign in, before touching anything.
  if (!actor) redirect("/admin/sign-in");
  return fulfilWith(parsed.data.orderId, (db) => markOrderReadyForPickup(db, actor, parsed.data), "Marked ready for pick-up");
}
