"use client";

import { useKeepFieldsAction } from "@/app/_components/use-keep-fields-action";
import { AdminField } from "./admin-field";
import { idleState } from "@/lib/action-state";
import { markReadyForPickupAction, markShippedAction } from "@/lib/admin/fulfilment-actions";

type Props = {
  orderId: string;
  /** Which fulfilment fits this order's delivery (lib/orders/fulfilment.ts decides; the page only offers it). */
  mode: "ship" | "pickup";
  /** Once fulfilled the fields go, but the outcome stays readable in the live region. */
  done: boolean;
};

export function FulfilmentForm({ orderId, mode, done }: Props) {
  const { state, formAction, pending, onSubmit } = useKeepFieldsAction(mode === "ship" ? markShippedAction : markReadyForPickupAction, idleState);
  return (
    <form
      action={formAction}
      // Keeps what staff typed when the action refuses it.
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-3"
    >
      <input type="hidden" name="orderId" value={orderId} />
      <p aria-live="polite" role="status" className={`text-sm ${state.status === "error" ? "text-red-700" : "text-slate-600"}`}>
        {state.message}
      </p>
      {!done && mode === "ship" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <AdminField name="carrier" label="Carrier" state={state} placeholder="SF Express" />
          <AdminField name="trackingNumber" label="Tracking number" state={state} placeholder="SF1234567890" />
        </div>
      )}
      {!done && (
        <button
          type="submit"
          disabled={pending}
          className="self-start rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          {pending ? "Saving…" : mode === "ship" ? "Mark shipped" : "Mark ready for pick-up"}
        </button>
      )}
    </form>
  );
}
