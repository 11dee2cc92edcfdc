"use client";

import { useKeepFieldsAction } from "@/app/_components/use-keep-fields-action";
import { idleState, type ActionState } from "@/lib/action-state";
import { correctShipmentAction } from "@/lib/admin/after-fulfilment-actions";

type Props = { orderId: string; carrier: string; trackingNumber: string };

/**
 * Fixes a shipped order's carrier or tracking number (lib/orders/shipment-correction.ts).
 * Folded away: a wrong label is rare, and the fields must not look like the
 * way to ship an order. Open after an answer, so the answer stays in view.
 */
export function ShipmentCorrectionForm({ orderId, carrier, trackingNumber }: Props) {
  const { state, formAction, pending, onSubmit } = useKeepFieldsAction(correctShipmentAction, idleState);
  return (
    <details className="mt-3 rounded-md border border-slate-200 p-3" open={state.status !== "idle"}>
      <summary className="cursor-pointer font-medium">Correct the shipment</summary>
      <form
        action={formAction}
        // Keeps what staff typed when the action refuses it.
        onSubmit={onSubmit}
        noValidate
        className="mt-3 flex flex-col gap-3"
      >
        <p className="text-slate-600">The shopper is emailed the corrected carrier and tracking number; the change is recorded with your name.</p>
        <input type="hidden" name="orderId" value={orderId} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field name="carrier" label="Corrected carrier" state={state} defaultValue={carrier} />
          <Field name="trackingNumber" label="Corrected tracking number" state={state} defaultValue={trackingNumber} />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="self-start rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save correction"}
        </button>
        <p aria-live="polite" role="status" className={`min-h-5 text-sm ${state.status === "error" ? "text-red-700" : "text-slate-600"}`}>
          {state.message}
        </p>
      </form>
    </details>
  );
}

function Field({ name, label, state, defaultValue }: { name: string; label: string; state: ActionState; defaultValue: string }) {
  const error = state.fieldErrors?.[name]?.[0];
  const errorId = `correction-${name}-error`;
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <input
        name={name}
        required
        maxLength={60}
        defaultValue={defaultValue}
        aria-invalid={Boolean(error)}
        aria-describedby={errorId}
        className="rounded-md border border-slate-300 px-2 py-1 font-normal aria-[invalid=true]:border-red-600"
      />
      <span id={errorId} aria-live="polite" className="min-h-4 text-xs font-normal text-red-700">
        {error}
      </span>
    </label>
  );
}
