"use server";

import type { ActionState } from "@/lib/action-state";
import { getStaffActor } from "@/lib/auth/staff";
import { adjustStockFor, setLowStockThresholdFor } from "./stock-commands";

// The member is resolved here, once, and passed in: the work (and its checks) takes the actor as a value.
export async function adjustStockAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return adjustStockFor(await getStaffActor(), formData);
}

export async function setLowStockThresholdAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return setLowStockThresholdFor(await getStaffActor(), formData);
}
