"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/action-state";
import { markCollectedAction } from "@/lib/admin/after-fulfilment-actions";

/** The last step of a pick-up order: the shopper took it. Once done the button goes; the answer stays readable. */
export function CollectedForm({ orderId, done }: { orderId: string; done: boolean }) {
  const [state, formAction, pending] = useActionState(markCollectedAction, idleState);
  return (
    <form action={formAction} className="mt-3 flex flex-col gap-2">
      <input type="hidden" name="orderId" value={orderId} />
      {!done && (
        <button
          type="submit"
          disabled={pending}
          className="self-start rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          {pending ? "Saving…" : "Mark collected"}
        </button>
      )}
      <p aria-live="polite" role="status" className={`min-h-5 text-sm ${state.status === "error" ? "text-red-700" : "text-slate-600"}`}>
        {state.message}
      </p>
    </form>
  );
}
