"use server";

import type { ActionState } from "@/lib/action-state";
import { getStaffActor } from "@/lib/auth/staff";
import { applyImportFor } from "./apply-command";

// The member is resolved here, once, and passed in: the work (and its checks) takes the actor as a value.
export async function applyImportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return applyImportFor(await getStaffActor(), formData);
}
