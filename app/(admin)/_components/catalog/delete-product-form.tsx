"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/action-state";
import { deleteProductAction } from "@/lib/admin/catalog/actions";

/** Only for a product nobody ordered (a draft made by mistake); one with orders is archived instead. */
export function DeleteProductForm({ productId, version }: { productId: number; version: number }) {
  const [state, formAction, pending] = useActionState(deleteProductAction, idleState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm text-red-700 disabled:opacity-60">
        {pending ? "Deleting…" : "Delete this product"}
      </button>
      <p aria-live="polite" role="status" className="text-sm text-red-700">
        {state.message}
      </p>
    </form>
  );
}
