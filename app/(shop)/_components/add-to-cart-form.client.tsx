"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/action-state";
import { addToCartAction } from "@/lib/cart/actions";

export type AddToCartLabels = { quantity: string; addToCart: string; adding: string };

/** Labels come translated from the server wrapper: no message catalog in the browser. */
export function AddToCartFormClient({ productId, labels }: { productId: number; labels: AddToCartLabels }) {
  const [state, formAction, pending] = useActionState(addToCartAction, idleState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          {labels.quantity}
          <select name="quantity" defaultValue="1" className="w-24 rounded-md border border-stone-300 bg-white px-3 py-2">
            {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-full bg-lantern-500 px-6 py-2.5 font-semibold text-white hover:bg-lantern-600 disabled:opacity-60"
        >
          {pending ? labels.adding : labels.addToCart}
        </button>
      </div>
      <p aria-live="polite" role="status" className={state.status === "error" ? "text-sm text-red-700" : "text-sm text-harbour-700"}>
        {state.message}
      </p>
    </form>
  );
}
