"use client";

import { useKeepFieldsAction } from "@/app/_components/use-keep-fields-action";
import { AdminField } from "./admin-field";
import { idleState } from "@/lib/action-state";
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
        <p aria-live="polite" role="status" className={`text-sm ${state.status === "error" ? "text-red-700" : "text-slate-600"}`}>
          {state.message}
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          <AdminField idPrefix="correction-" name="carrier" label="Corrected carrier" state={state} defaultValue={carrier} />
          <AdminField idPrefix="correction-" name="trackingNumber" label="Corrected tracking number" state={state} defaultValue={trackingNumber} />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="self-start rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save correction"}
        </button>
      </form>
    </details>
  );
}
