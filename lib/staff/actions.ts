"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { staffRoleLabels } from "@/lib/auth/actor";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { forbiddenMessage } from "@/lib/auth/permissions";
import { getStaffActor } from "@/lib/auth/staff";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { acceptInvitation, inviteStaff } from "./invitations";
import { changeStaffRole, removeStaffMember, resetSecondFactor, type MemberResult } from "./members";

/** The accept form's state: on success, the recovery codes to write down (shown once, never again). */
export type AcceptState = ActionState & { recoveryCodes?: string[] };

const refusedLink = {
  unknown: "This invitation link is not valid. Ask an owner for a new one.",
  used: "This invitation has been used already. Sign in, or ask an owner for a new one.",
  expired: "This invitation has expired (links work for 72 hours). Ask an owner for a new one.",
  "already-member": "This email already belongs to a member. Sign in instead.",
};

export async function acceptInvitationAction(_prev: AcceptState, formData: FormData): Promise<AcceptState> {
  const clientIp = clientIpFrom(await headers(), env.TRUSTED_PROXY_HOPS);
  let result;
  try {
    result = await acceptInvitation(await getDb(), Object.fromEntries(formData), { clientIp });
  } catch (error) {
    console.error("[staff] accepting an invitation failed", error);
    return { status: "error", message: "Something went wrong; nothing was changed. Try again." };
  }
  if (result.kind === "invalid") return { status: "error", message: "Check the fields below.", fieldErrors: result.fieldErrors };
  if (result.kind !== "accepted") return { status: "error", message: refusedLink[result.kind] };
  return {
    status: "success",
    message: `Welcome, ${result.member.name}: you are ${staffRoleLabels[result.member.role]}. Write down your recovery codes, then sign in.`,
    recoveryCodes: result.recoveryCodes,
  };
}

/** The signed-in member, or off to sign in: a removed member's next click lands there. */
async function actorOrSignIn() {
  const actor = await getStaffActor();
  if (!actor) redirect("/admin/sign-in");
  return actor;
}

function memberMessage(result: MemberResult, done: string): ActionState {
  if (result.kind === "done") return { status: "success", message: done.replace("{name}", result.member.name) };
  const message = {
    invalid: "That request was not understood; nothing was changed.",
    forbidden: forbiddenMessage,
    "not-found": "That member is not on the team any more.",
    "last-owner": "The shop needs at least one owner: make someone else an owner first.",
  }[result.kind];
  return { status: "error", message };
}

export async function inviteStaffAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await actorOrSignIn();
  const result = await inviteStaff(await getDb(), actor, Object.fromEntries(formData), { appUrl: env.APP_URL });
  if (result.kind === "forbidden") return { status: "error", message: forbiddenMessage };
  if (result.kind === "invalid") return { status: "error", message: "Check the fields below.", fieldErrors: result.fieldErrors };
  if (result.kind === "already-member") return { status: "error", message: "That email is already a member." };
  revalidatePath("/admin/staff");
  return { status: "success", message: `Invitation sent to ${String(formData.get("email")).trim().toLowerCase()}; the link works once, for 72 hours.` };
}

export async function changeStaffRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await actorOrSignIn();
  const result = await changeStaffRole(await getDb(), actor, Object.fromEntries(formData));
  revalidatePath("/admin/staff");
  return memberMessage(result, "{name}'s role is changed; they sign in again.");
}

export async function removeStaffAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await actorOrSignIn();
  const result = await removeStaffMember(await getDb(), actor, Object.fromEntries(formData));
  if (result.kind !== "done") return memberMessage(result, "");
  revalidatePath("/admin/staff");
  // The member's row (and the form that asked) leaves the list: the page itself says what happened.
  redirect(`/admin/staff?removed=${encodeURIComponent(result.member.name)}`);
}

export async function resetSecondFactorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await actorOrSignIn();
  const result = await resetSecondFactor(await getDb(), actor, Object.fromEntries(formData), { appUrl: env.APP_URL });
  revalidatePath("/admin/staff");
  return memberMessage(result, "{name}'s second factor is reset; they were mailed a link to set it up again.");
}
