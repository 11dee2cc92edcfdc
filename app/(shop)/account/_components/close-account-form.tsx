"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/action-state";
import { closeAccountAction } from "@/lib/accounts/actions";

export type CloseAccountLabels = { confirm: string; submit: string; closing: string };

/** Closing asks for a tick first: it cannot be undone. The server checks the tick too. */
export function CloseAccountForm({ labels }: { labels: CloseAccountLabels }) {
  const [state, formAction, pending] = useActionState(closeAccountAction, idleState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-3">
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {state.status === "error" ? state.message : ""}
      </p>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" required className="mt-1" />
        {labels.confirm}
      </label>
      <button type="submit" disabled={pending} className="rounded-full border border-red-700 px-5 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60">
        {pending ? labels.closing : labels.submit}
      </button>
    </form>
  );
}
