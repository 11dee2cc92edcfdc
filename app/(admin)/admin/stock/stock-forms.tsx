"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/action-state";
import { adjustStockAction, setLowStockThresholdAction } from "@/lib/catalog/stock-actions";

const input = "rounded-md border border-slate-300 px-2 py-1 font-normal";

/** Record goods received, put back or counted; set the low-stock thresholds. */
export function StockForms({ shopThreshold }: { shopThreshold: number }) {
  const [adjusted, adjust, adjusting] = useActionState(adjustStockAction, idleState);
  const [thresholds, saveThreshold, saving] = useActionState(setLowStockThresholdAction, idleState);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="adjust-heading" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="adjust-heading" className="mb-2 font-semibold">
          Record a stock change
        </h2>
        <form action={adjust} className="grid gap-2 sm:grid-cols-2">
          <Field label="SKU" error={adjusted.fieldErrors?.sku?.[0]}>
            <input name="sku" required maxLength={64} className={input} />
          </Field>
          <Field label="What happened" error={adjusted.fieldErrors?.kind?.[0]}>
            <select name="kind" defaultValue="received" className={input}>
              <option value="received">Goods received (adds)</option>
              <option value="restocked">Returned to the shelf (adds)</option>
              <option value="correction">Correction (count or loss)</option>
            </select>
          </Field>
          <Field label="Quantity is" error={undefined}>
            <select name="mode" defaultValue="add" className={input}>
              <option value="add">a change (+/-)</option>
              <option value="set">the count on the shelf</option>
            </select>
          </Field>
          <Field label="Quantity" error={adjusted.fieldErrors?.quantity?.[0]}>
            <input name="quantity" type="number" step={1} required className={input} />
          </Field>
          <Field label="Why" error={adjusted.fieldErrors?.reason?.[0]} wide>
            <input name="reason" required maxLength={500} className={input} />
          </Field>
          <button type="submit" disabled={adjusting} className="justify-self-start rounded-md bg-slate-900 px-3 py-1.5 font-semibold text-white disabled:opacity-60">
            Record change
          </button>
          <Answer state={adjusted} />
        </form>
      </section>
      <section aria-labelledby="threshold-heading" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="threshold-heading" className="mb-2 font-semibold">
          Low-stock thresholds
        </h2>
        <p className="mb-2 text-slate-600">Without a SKU this sets the shop&apos;s ({shopThreshold} now); with one, that variant&apos;s own (blank: back to the shop&apos;s).</p>
        <form action={saveThreshold} className="grid gap-2 sm:grid-cols-2">
          <Field label="SKU (optional)" error={thresholds.fieldErrors?.sku?.[0]}>
            <input name="sku" maxLength={64} className={input} />
          </Field>
          <Field label="Threshold" error={thresholds.fieldErrors?.threshold?.[0]}>
            <input name="threshold" type="number" min={0} step={1} className={input} />
          </Field>
          <button type="submit" disabled={saving} className="justify-self-start rounded-md bg-slate-900 px-3 py-1.5 font-semibold text-white disabled:opacity-60">
            Save threshold
          </button>
          <Answer state={thresholds} />
        </form>
      </section>
    </div>
  );
}

function Field({ label, error, wide, children }: { label: string; error: string | undefined; wide?: boolean; children: React.ReactNode }) {
  return (
    <label className={`flex flex-col gap-1 font-medium ${wide ? "sm:col-span-2" : ""}`}>
      {label}
      {children}
      <span aria-live="polite" className="min-h-4 text-xs font-normal text-red-700">
        {error}
      </span>
    </label>
  );
}

function Answer({ state }: { state: ActionState }) {
  return (
    <p aria-live="polite" role="status" className={`min-h-5 sm:col-span-2 ${state.status === "error" ? "text-red-700" : "text-emerald-800"}`}>
      {state.message}
    </p>
  );
}
