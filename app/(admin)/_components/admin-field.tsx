import type { InputHTMLAttributes } from "react";
import type { ActionState } from "@/lib/action-state";

type AdminFieldProps = { name: string; label: string; state: ActionState; idPrefix?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A back-office text field whose error, from the action's state, is read out when it appears and tied to the field. */
export function AdminField({ name, label, state, idPrefix = "", ...input }: AdminFieldProps) {
  const error = state.fieldErrors?.[name]?.[0];
  const errorId = `${idPrefix}${name}-error`;
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <input
        name={name}
        required
        maxLength={60}
        aria-invalid={Boolean(error)}
        aria-describedby={errorId}
        className="rounded-md border border-slate-300 px-2 py-1 font-normal aria-[invalid=true]:border-red-600"
        {...input}
      />
      <span id={errorId} aria-live="polite" className="min-h-4 text-xs font-normal text-red-700">
        {error}
      </span>
    </label>
  );
}
