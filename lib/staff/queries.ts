import "server-only";
import type { StaffActor } from "@/lib/auth/actor";
import type { KeysetPage } from "@/lib/admin/keyset";
import { getDb } from "@/lib/db";
import { readInvitation } from "./invitations";
import { listStaff } from "./members";
import { newTotpSecret, totpQrSvg } from "./second-factor";

/** What /admin/invitation/<token> shows: the invitation with a fresh TOTP secret and its QR code, or why the link is dead. */
export async function getInvitationForAcceptPage(token: string) {
  const state = await readInvitation(await getDb(), token);
  if (state.kind !== "open") return state;
  const secret = newTotpSecret();
  return { ...state, enrolment: { secret, qrSvg: await totpQrSvg(secret, state.invitation.email) } };
}

export async function listStaffForOwner(actor: StaffActor, page: KeysetPage) {
  return listStaff(await getDb(), actor, page);
}
