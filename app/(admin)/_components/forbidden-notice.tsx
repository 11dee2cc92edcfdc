import { staffRoleLabels, type StaffActor } from "@/lib/auth/actor";
import { forbiddenMessage } from "@/lib/auth/permissions";

/** What a page says to a member whose role does not reach it: the same words an action answers with. */
export function ForbiddenNotice({ actor }: { actor: StaffActor }) {
  return (
    <p role="alert" className="rounded-md bg-amber-50 p-4 text-sm">
      {forbiddenMessage.replace("; nothing was changed.", ".")} You are signed in as {staffRoleLabels[actor.role]}; ask an owner.
    </p>
  );
}
