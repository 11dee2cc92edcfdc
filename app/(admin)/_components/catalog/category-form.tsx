"use client";

import { useKeepFieldsAction } from "@/app/_components/use-keep-fields-action";
import { idleState } from "@/lib/action-state";
import { saveCategoryAction } from "@/lib/admin/catalog/actions";
import type { LocalizedText } from "@/lib/db/schema";
import { FieldError, fieldId, inputClass } from "./field-error";
import { LocalizedFields } from "./localized-fields";

type Props = { category: { id: number; version: number; name: LocalizedText; description: LocalizedText; slug: string; position: number } | undefined };

/** A category in three languages, its slug and its place in the shop's list; saved only over the version it was opened with. */
export function CategoryForm({ category }: Props) {
  const { state, formAction, pending, onSubmit } = useKeepFieldsAction(saveCategoryAction, idleState);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label="Category" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4">
      {category && <input type="hidden" name="categoryId" value={category.id} />}
      {category && <input type="hidden" name="version" value={category.version} />}
      <LocalizedFields name="name" label="Name" defaults={category?.name} errors={errors} maxLength={80} />
      <LocalizedFields name="description" label="Description" defaults={category?.description} errors={errors} multiline maxLength={500} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor={fieldId("slug")}>Slug (the address /categories/…)</label>
          <input id={fieldId("slug")} name="slug" defaultValue={category?.slug ?? ""} placeholder="Made from the English name" aria-invalid={Boolean(errors?.slug)} aria-describedby={`${fieldId("slug")}-error`} className={`${inputClass} font-mono`} />
          <FieldError id={`${fieldId("slug")}-error`} errors={errors?.slug} />
        </div>
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor={fieldId("position")}>Order in the shop (lower comes first)</label>
          <input id={fieldId("position")} name="position" inputMode="numeric" defaultValue={String(category?.position ?? 0)} aria-invalid={Boolean(errors?.position)} aria-describedby={`${fieldId("position")}-error`} className={inputClass} />
          <FieldError id={`${fieldId("position")}-error`} errors={errors?.position} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
          {pending ? "Saving…" : category ? "Save category" : "Create category"}
        </button>
        <p aria-live="polite" role="status" className={`min-h-5 flex-1 text-sm ${state.status === "error" ? "font-medium text-red-700" : "text-slate-600"}`}>
          {state.message}
        </p>
      </div>
    </form>
  );
}
