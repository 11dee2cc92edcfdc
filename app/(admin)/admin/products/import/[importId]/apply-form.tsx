"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/action-state";
import { applyImportAction } from "@/lib/catalog/csv/actions";

export function ApplyImportForm({ importId, hash, disabled }: { importId: number; hash: string; disabled: boolean }) {
  const [state, formAction, pending] = useActionState(applyImportAction, idleState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="importId" value={importId} />
      <input type="hidden" name="hash" value={hash} />
      <button
        type="submit"
        disabled={disabled || pending || state.status === "success"}
        className="self-start rounded-md bg-slate-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
      >
        {pending ? "Applying…" : "Apply import"}
      </button>
      <p aria-live="polite" role="status" className={`min-h-5 font-medium ${state.status === "error" ? "text-red-700" : "text-emerald-800"}`}>
        {state.message}
      </p>
    </form>
  );
}
