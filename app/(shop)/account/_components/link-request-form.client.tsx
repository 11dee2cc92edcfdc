"use client";

import { useKeepFieldsAction } from "@/app/_components/use-keep-fields-action";
import { idleState, type ActionState } from "@/lib/action-state";
import { LabeledInput } from "../../_components/labeled-input";

export type LinkRequestField = { name: string; label: string; type?: string; autoComplete?: string };

/**
 * One small form for "mail me a link" (sign in, find my order): the answer is read out in an aria-live region.
 * Labels come translated from the server wrapper: no message catalog in the browser.
 */
export function LinkRequestFormClient({
  action,
  fields,
  submitLabel,
  sendingLabel,
  hidden,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  fields: LinkRequestField[];
  submitLabel: string;
  sendingLabel: string;
  hidden?: Record<string, string> | undefined;
}) {
  const { state, formAction, pending, onSubmit } = useKeepFieldsAction(action, idleState);
  return (
    <form
      action={formAction}
      // Keeps what was typed when the answer is an error.
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-md flex-col gap-4"
    >
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <LabeledInput
          key={field.name}
          name={field.name}
          label={field.label}
          error={state.fieldErrors?.[field.name]?.[0]}
          type={field.type ?? "text"}
          autoComplete={field.autoComplete}
          required
        />
      ))}
      <p
        role="status"
        aria-live="polite"
        className={`min-h-5 text-sm ${state.status === "error" ? "text-red-700" : "text-emerald-800"}`}
        data-testid="link-request-answer"
      >
        {state.message ?? ""}
      </p>
      <button type="submit" disabled={pending} className="rounded-full bg-harbour-600 px-6 py-2 font-semibold text-white hover:bg-harbour-700 disabled:opacity-60">
        {pending ? sendingLabel : submitLabel}
      </button>
    </form>
  );
}
