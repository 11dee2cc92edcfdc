import type { InputHTMLAttributes } from "react";

type LabeledInputProps = { name: string; label: string; error: string | undefined } & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/**
 * A text input with its label and its error, tied together: the error is
 * read out when it appears (aria-live) and describes the field. No hooks, so
 * client forms (controlled or not) share it.
 */
export function LabeledInput({ name, label, error, className, ...input }: LabeledInputProps) {
  const errorId = `${name}-error`;
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <input
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={errorId}
        className={`rounded-lg border border-stone-300 px-3 py-2 text-base font-normal aria-[invalid=true]:border-red-500 ${className ?? ""}`}
        {...input}
      />
      <FieldError id={errorId} error={error} />
    </label>
  );
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return (
    <span id={id} aria-live="polite" className="min-h-4 text-xs font-normal text-red-700">
      {error ?? ""}
    </span>
  );
}
