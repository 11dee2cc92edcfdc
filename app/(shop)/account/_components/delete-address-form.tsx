"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/action-state";
import { deleteAddressAction } from "@/lib/accounts/actions";

export function DeleteAddressForm({ addressId, label }: { addressId: string; label: string }) {
  const [state, formAction, pending] = useActionState(deleteAddressAction, idleState);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="addressId" value={addressId} />
      <button type="submit" disabled={pending} className="text-sm text-red-700 underline">
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-xs">
        {state.status === "error" ? state.message : ""}
      </span>
    </form>
  );
}
