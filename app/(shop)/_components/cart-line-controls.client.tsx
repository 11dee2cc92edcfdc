"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/action-state";
import { updateCartLineAction } from "@/lib/cart/actions";

const buttonClass =
  "flex h-9 w-9 items-center justify-center rounded-full border border-stone-300 bg-white text-lg leading-none hover:bg-stone-100 disabled:opacity-50";

export type CartLineLabels = { decrease: string; increase: string; remove: string; quantity: string; removeShort: string };

/** Labels come translated from the server wrapper: no message catalog in the browser. */
export function CartLineControlsClient({
  variantId,
  quantity,
  max,
  labels,
}: {
  variantId: number;
  quantity: number;
  max: number;
  labels: CartLineLabels;
}) {
  const [state, formAction, pending] = useActionState(updateCartLineAction, idleState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="variantId" value={variantId} />
      <div className="flex items-center gap-2">
        <button type="submit" name="quantity" value={quantity - 1} aria-label={labels.decrease} disabled={pending} className={buttonClass}>
          −
        </button>
        <output aria-label={labels.quantity} className="w-8 text-center font-medium tabular-nums" data-testid="line-quantity">
          {quantity}
        </output>
        <button
          type="submit"
          name="quantity"
          value={quantity + 1}
          aria-label={labels.increase}
          disabled={pending || quantity >= max}
          className={buttonClass}
        >
          +
        </button>
        <button
          type="submit"
          name="quantity"
          value={0}
          aria-label={labels.remove}
          disabled={pending}
          className="ml-2 text-sm text-lantern-600 underline-offset-2 hover:underline"
        >
          {labels.removeShort}
        </button>
      </div>
      <p aria-live="polite" className="text-xs text-red-700">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}
