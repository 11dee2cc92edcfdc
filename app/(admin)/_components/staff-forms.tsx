"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/action-state";
import { staffRoleLabels, staffRoles, type StaffRole } from "@/lib/auth/actor";
import { changeStaffRoleAction, inviteStaffAction, removeStaffAction, resetSecondFactorAction } from "@/lib/staff/actions";
import { AdminField } from "./admin-field";

function Status({ state }: { state: ActionState }) {
  return (
    <p aria-live="polite" role="status" className={`text-sm ${state.status === "error" ? "text-red-700" : "text-slate-600"}`}>
      {state.message}
    </p>
  );
}

function RoleSelect({ name, label, defaultValue }: { name: string; label: string; defaultValue: StaffRole }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <select name={name} defaultValue={defaultValue} className="rounded-md border border-slate-300 px-2 py-1 font-normal">
        {staffRoles.map((role) => (
          <option key={role} value={role}>
            {staffRoleLabels[role]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function InviteStaffForm() {
  const [state, formAction, pending] = useActionState(inviteStaffAction, idleState);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <Status state={state} />
      <div className="flex flex-wrap items-start gap-3">
        <AdminField name="email" label="Email to invite" type="email" state={state} maxLength={320} autoComplete="off" />
        <RoleSelect name="role" label="Role" defaultValue="staff" />
      </div>
      <p className="text-xs text-slate-500">Owner: everything, including staff. Staff: orders, fulfilment, catalog, payments, CSV. Read-only: pages only.</p>
      <button type="submit" disabled={pending} className="self-start rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60">
        {pending ? "Inviting…" : "Send invitation"}
      </button>
    </form>
  );
}

type Member = { id: string; name: string; role: StaffRole; enrolled: boolean };

/** Role, remove and reset for one member: each its own small form, each answering in its own live region. */
export function StaffMemberActions({ member }: { member: Member }) {
  const [roleState, roleAction, rolePending] = useActionState(changeStaffRoleAction, idleState);
  const [removeState, removeAction, removePending] = useActionState(removeStaffAction, idleState);
  const [resetState, resetAction, resetPending] = useActionState(resetSecondFactorAction, idleState);
  const button = "rounded-md border border-slate-300 px-2 py-1 text-sm disabled:opacity-60";
  return (
    <div className="flex flex-col gap-2">
      <form action={roleAction} className="flex items-end gap-2">
        <input type="hidden" name="memberId" value={member.id} />
        <RoleSelect name="role" label={`Role for ${member.name}`} defaultValue={member.role} />
        <button type="submit" disabled={rolePending} className={button}>
          Change role
        </button>
      </form>
      <Status state={roleState} />
      <div className="flex flex-wrap gap-2">
        <form action={resetAction}>
          <input type="hidden" name="memberId" value={member.id} />
          <button type="submit" disabled={resetPending} className={button}>
            Reset second factor of {member.name}
          </button>
        </form>
        <form action={removeAction}>
          <input type="hidden" name="memberId" value={member.id} />
          <button type="submit" disabled={removePending} className={`${button} border-red-300 text-red-800`}>
            Remove {member.name}
          </button>
        </form>
      </div>
      <Status state={resetState} />
      <Status state={removeState} />
    </div>
  );
}
