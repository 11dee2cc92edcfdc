"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/action-state";
import { recheckPaymentAction } from "@/lib/admin/actions";

export function RecheckForm({ paymentId }: { paymentId: string }) {
  const [state, action, pending] = useActionState(recheckPaymentAction, idleState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="paymentId" value={paymentId} />
      <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60">
        {pending ? "Asking PMS…" : "Check with PMS now"}
      </button>
      <p aria-live="polite" role="status" className={`text-sm ${state.status === "error" ? "text-red-700" : "text-slate-600"}`}>
        {state.message}
      </p>
    </form>
  );
}
