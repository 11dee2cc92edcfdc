"use server";

import type { ActionState } from "@/lib/action-state";
import { getStaffActor } from "@/lib/auth/staff";
import { updatePictureFor, movePictureFor, removePictureFor } from "./commands";

// The member is resolved here, once, and passed in: the work (and its checks) takes the actor as a value.
export async function updatePictureAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return updatePictureFor(await getStaffActor(), formData);
}

export async function movePictureAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return movePictureFor(await getStaffActor(), formData);
}

export async function removePictureAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return removePictureFor(await getStaffActor(), formData);
}
