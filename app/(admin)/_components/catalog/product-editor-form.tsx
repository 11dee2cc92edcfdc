"use client";

import { useState } from "react";
import { useKeepFieldsAction } from "@/app/_components/use-keep-fields-action";
import { idleState } from "@/lib/action-state";
import { saveProductAction } from "@/lib/admin/catalog/actions";
import { slugify } from "@/lib/admin/catalog/text";
import type { LocalizedText, ProductStatus, VariantKind } from "@/lib/db/schema";
import { FieldError, fieldId, inputClass } from "./field-error";
import { LocalizedFields } from "./localized-fields";
import { VariantRows, type VariantRow } from "./variant-rows";

export type EditorProduct = {
  id: number;
  version: number;
  name: LocalizedText;
  description: LocalizedText;
  slug: string;
  categoryId: number | null;
  status: ProductStatus;
  variantKind: VariantKind | null;
  variants: VariantRow[];
};

type Props = { product: EditorProduct | undefined; categories: { id: number; name: string }[] };

const statusHelp: Record<ProductStatus, string> = {
  draft: "Draft: not in the shop yet.",
  published: "Published: in the shop, its search and sitemap.",
  archived: "Archived: out of the shop (its address answers 404); past orders keep it.",
};

/**
 * The product editor. Saving sends the version the form was opened with: a
 * save by someone else since is refused and what was typed stays (the form
 * is submitted by hand, so React never resets it).
 */
export function ProductEditorForm({ product, categories }: Props) {
  const { state, formAction, pending, onSubmit } = useKeepFieldsAction(saveProductAction, idleState);
  const errors = state.fieldErrors;
  // A new product's slug follows its English name until staff type one of their own.
  const [slug, setSlug] = useState(product?.slug ?? "");
  const [slugTyped, setSlugTyped] = useState(Boolean(product));
  const [kind, setKind] = useState<VariantKind | "none">(product?.variantKind ?? "none");
  const [status, setStatus] = useState<ProductStatus>(product?.status ?? "draft");
  const slugError = errors?.slug;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label="Product" className="flex flex-col gap-6">
      {product && <input type="hidden" name="productId" value={product.id} />}
      {product && <input type="hidden" name="version" value={product.version} />}

      <fieldset className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">Name and description</legend>
        <p className="text-sm text-slate-600">English is required. A Chinese field left empty shows the English text in the shop, and the list flags it.</p>
        <LocalizedFields
          name="name"
          label="Name"
          defaults={product?.name}
          errors={errors}
          maxLength={120}
          onEnglishChange={(value) => {
            if (!slugTyped) setSlug(slugify(value));
          }}
        />
        <LocalizedFields name="description" label="Description" defaults={product?.description} errors={errors} multiline maxLength={2000} />
      </fieldset>

      <fieldset className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 md:grid-cols-3">
        <legend className="px-1 font-semibold">In the shop</legend>
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor={fieldId("slug")}>Slug (the address /products/…)</label>
          <input
            id={fieldId("slug")}
            name="slug"
            value={slug}
            onChange={(event) => {
              setSlug(event.target.value);
              setSlugTyped(true);
            }}
            maxLength={100}
            aria-invalid={Boolean(slugError)}
            aria-describedby={`${fieldId("slug")}-error ${fieldId("slug")}-help`}
            className={`${inputClass} font-mono`}
          />
          <span id={`${fieldId("slug")}-help`} className="text-xs font-normal text-slate-500">
            {product ? "Changing it keeps the old address working: it redirects here for good." : "Made from the English name; edit it if you like."}
          </span>
          <FieldError id={`${fieldId("slug")}-error`} errors={slugError} />
        </div>
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor={fieldId("categoryId")}>Category</label>
          <select id={fieldId("categoryId")} name="categoryId" defaultValue={product?.categoryId ?? categories[0]?.id ?? ""} aria-describedby={`${fieldId("categoryId")}-error`} className={inputClass}>
            <option value="">No category</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
          <FieldError id={`${fieldId("categoryId")}-error`} errors={errors?.categoryId} />
        </div>
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor={fieldId("status")}>Status</label>
          <select
            id={fieldId("status")}
            name="status"
            value={status}
            onChange={(event) => setStatus(event.target.value as ProductStatus)}
            aria-describedby={`${fieldId("status")}-help`}
            className={inputClass}
          >
            <option value="draft">Draft</option>
            <option value="published">Published</option>
            <option value="archived">Archived</option>
          </select>
          <span id={`${fieldId("status")}-help`} className="text-xs font-normal text-slate-500">
            {statusHelp[status]}
          </span>
          <FieldError id={`${fieldId("status")}-error`} errors={errors?.status} />
        </div>
      </fieldset>

      <VariantRows kind={kind} onKindChange={setKind} initial={product?.variants} errors={errors} />

      <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50 py-3">
        <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
          {pending ? "Saving…" : product ? "Save product" : "Create product"}
        </button>
        <p aria-live="polite" role="status" className={`min-h-5 flex-1 text-sm ${state.status === "error" ? "font-medium text-red-700" : "text-slate-600"}`}>
          {state.message}
        </p>
      </div>
    </form>
  );
}
