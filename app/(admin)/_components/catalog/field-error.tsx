/** A field's error from the action's state, read out when it appears and tied to the field by id. */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  return (
    <span id={id} aria-live="polite" className="min-h-4 text-xs font-normal text-red-700">
      {errors?.[0]}
    </span>
  );
}

export const inputClass = "rounded-md border border-slate-300 bg-white px-2 py-1 font-normal aria-[invalid=true]:border-red-600";

/** Field names with dots and digits ("variants.0.sku") as safe element ids. */
export const fieldId = (name: string) => `field-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;
