"use client";

import { useEffect, useState } from "react";
import { useKeepFieldsAction } from "@/app/_components/use-keep-fields-action";
import { idleState } from "@/lib/action-state";
import { addToCartAction } from "@/lib/cart/actions";
import { cartChangedEvent } from "@/lib/cart/cart-events";

export type VariantChoice = { id: number; label: string | null; priceLabel: string; stock: number };

/** Shown as "only N left" at or below this; above it, just "in stock". */
const fewLeftAt = 10;

/** The quantity list offers 1 to 10, never more than the variant has. */
const quantityCap = (stock: number) => Math.max(1, Math.min(10, stock));

export type AddToCartLabels = {
  quantity: string;
  addToCart: string;
  adding: string;
  soldOut: string;
  inStock: string;
  /** "Only {count} left", with {count} still in it. */
  fewLeft: string;
};

/** Labels come translated from the server wrapper: no message catalog in the browser. */
export function AddToCartFormClient({
  variants,
  kindLabel,
  labels,
}: {
  variants: VariantChoice[];
  kindLabel: string | null;
  labels: AddToCartLabels;
}) {
  // Submitted by hand: React's reset after an action would put the radios and the quantity back to their
  // first values while the price kept the chosen variant's, and the next press would add the wrong item.
  const { state, formAction, pending, onSubmit } = useKeepFieldsAction(addToCartAction, idleState);
  // The product page is cached HTML: the header's count is the browser's to refresh.
  useEffect(() => {
    if (state.status === "success") window.dispatchEvent(new Event(cartChangedEvent));
  }, [state]);
  const firstInStock = variants.find((variant) => variant.stock > 0) ?? variants[0];
  const [selectedId, setSelectedId] = useState(firstInStock?.id);
  const [quantity, setQuantity] = useState(1);
  const selected = variants.find((variant) => variant.id === selectedId) ?? firstInStock;
  if (!selected) return null;
  const maxQuantity = quantityCap(selected.stock);
  const soldOut = selected.stock <= 0;
  const stockText = soldOut ? labels.soldOut : selected.stock <= fewLeftAt ? labels.fewLeft.replace("{count}", String(selected.stock)) : labels.inStock;
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-4">
      <p className="text-2xl font-semibold text-harbour-700" data-testid="product-price">
        {selected.priceLabel}
      </p>
      {kindLabel && variants.length > 1 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 text-sm font-medium text-stone-700">{kindLabel}</legend>
          <div className="flex flex-wrap gap-2">
            {variants.map((variant) => (
              <label
                key={variant.id}
                className="flex cursor-pointer items-center gap-2 rounded-full border border-stone-300 bg-white px-4 py-2 text-sm has-checked:border-harbour-600 has-checked:bg-harbour-50 has-checked:font-semibold has-disabled:cursor-not-allowed has-disabled:text-stone-500 has-disabled:line-through has-focus-visible:outline-2 has-focus-visible:outline-harbour-600"
              >
                <input
                  type="radio"
                  name="variantId"
                  value={variant.id}
                  checked={variant.id === selected.id}
                  disabled={variant.stock <= 0}
                  onChange={() => {
                    setSelectedId(variant.id);
                    setQuantity((current) => Math.min(current, quantityCap(variant.stock)));
                  }}
                  className="sr-only"
                />
                {variant.label}
                {variant.stock <= 0 && <span className="sr-only"> ({labels.soldOut})</span>}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <input type="hidden" name="variantId" value={selected.id} />
      )}
      <p className={soldOut ? "text-sm font-medium text-red-700" : "text-sm text-stone-700"} data-testid="stock-status">
        {stockText}
      </p>
      <div className="flex items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          {labels.quantity}
          <select
            name="quantity"
            value={Math.min(quantity, maxQuantity)}
            onChange={(event) => setQuantity(Number(event.target.value))}
            disabled={soldOut} className="w-24 rounded-md border border-stone-300 bg-white px-3 py-2">
            {Array.from({ length: maxQuantity }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          disabled={pending || soldOut}
          className="rounded-full bg-lantern-500 px-6 py-2.5 font-semibold text-white hover:bg-lantern-600 disabled:cursor-not-allowed disabled:bg-stone-400"
        >
          {soldOut ? labels.soldOut : pending ? labels.adding : labels.addToCart}
        </button>
      </div>
      <p aria-live="polite" role="status" className={state.status === "error" ? "text-sm text-red-700" : "text-sm text-harbour-700"}>
        {state.message}
      </p>
    </form>
  );
}
