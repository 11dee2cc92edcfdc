"use client";

import { useState } from "react";
import type { LocalizedText, VariantKind } from "@/lib/db/schema";
import { languageLabels, languages } from "@/lib/admin/catalog/text";
import { FieldError, fieldId, inputClass } from "./field-error";

/** One variant as the editor starts it: price as dollars and cents text, stock as the shelf held it when opened. */
export type VariantRow = { id?: number | undefined; sku: string; label: LocalizedText | null; price: string; stock: number };

type Row = VariantRow & { key: number };

type Props = {
  kind: VariantKind | "none";
  onKindChange: (kind: VariantKind | "none") => void;
  initial: VariantRow[] | undefined;
  errors: Record<string, string[] | undefined> | undefined;
};

const kindLabels = { none: "No choice (one variant)", size: "Size", colour: "Colour", weight: "Weight" } as const;
const empty: VariantRow = { sku: "", label: null, price: "", stock: 0 };

/**
 * The variants, in the order the shop shows them. Inputs are uncontrolled
 * and keyed by row, so moving or removing a row keeps what was typed in the
 * others; their names carry the row's place (`variants.2.price`) at submit.
 */
export function VariantRows({ kind, onKindChange, initial, errors }: Props) {
  const [nextKey, setNextKey] = useState((initial?.length ?? 1) + 1);
  const [rows, setRows] = useState<Row[]>(() => (initial && initial.length > 0 ? initial : [empty]).map((row, key) => ({ ...row, key })));
  const labelled = kind !== "none";
  const add = () => {
    setRows([...rows, { ...empty, key: nextKey }]);
    setNextKey(nextKey + 1);
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row!);
    setRows(next);
  };
  return (
    <fieldset className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <legend className="px-1 font-semibold">Variants, prices and stock</legend>
      <div className="flex max-w-xs flex-col gap-1 text-sm font-medium">
        <label htmlFor={fieldId("variantKind")}>Variants differ by</label>
        <select
          id={fieldId("variantKind")}
          name="variantKind"
          value={kind}
          onChange={(event) => onKindChange(event.target.value as VariantKind | "none")}
          aria-describedby={`${fieldId("variantKind")}-error`}
          className={inputClass}
        >
          {Object.entries(kindLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <FieldError id={`${fieldId("variantKind")}-error`} errors={errors?.variantKind} />
      </div>
      <FieldError id={`${fieldId("variants")}-error`} errors={errors?.variants} />
      <ol className="flex flex-col gap-3">
        {rows.map((row, index) => {
          const n = index + 1;
          const field = (name: string) => `variants.${index}.${name}`;
          const input = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>) => {
            const id = `${fieldId(field(name))}-${row.key}`;
            const error = errors?.[field(name)];
            return (
              <div className="flex flex-col gap-1 text-sm font-medium">
                <label htmlFor={id}>
                  {label} <span className="sr-only">of variant {n}</span>
                </label>
                <input id={id} name={field(name)} aria-invalid={Boolean(error)} aria-describedby={`${id}-error`} className={inputClass} {...props} />
                <FieldError id={`${id}-error`} errors={error} />
              </div>
            );
          };
          return (
            <li key={row.key} className="rounded-lg border border-slate-200 p-3" aria-label={`Variant ${n}`}>
              {row.id !== undefined && <input type="hidden" name={field("id")} value={row.id} />}
              {row.id !== undefined && <input type="hidden" name={field("stockWas")} value={row.stock} />}
              <div className="grid gap-3 sm:grid-cols-3">
                {input("sku", "SKU", { defaultValue: row.sku, maxLength: 64, autoCapitalize: "off", spellCheck: false, className: `${inputClass} font-mono` })}
                {input("price", "Price (HK$)", { defaultValue: row.price, inputMode: "decimal", placeholder: "88.00" })}
                {input("stock", "Stock", { defaultValue: String(row.stock), inputMode: "numeric" })}
              </div>
              {labelled && (
                <div className="mt-3 grid gap-3 sm:grid-cols-3">
                  {languages.map((lang) => (
                    <div key={lang}>{input(`label.${lang}`, `${kindLabels[kind]} label (${languageLabels[lang]})${lang === "en" ? " *" : ""}`, { defaultValue: row.label?.[lang] ?? "", maxLength: 60 })}</div>
                  ))}
                </div>
              )}
              <div className="mt-2 flex flex-wrap gap-2 text-xs">
                <button type="button" onClick={() => move(index, -1)} disabled={index === 0} className="rounded border border-slate-300 px-2 py-0.5 disabled:opacity-40">
                  Move up<span className="sr-only"> variant {n}</span>
                </button>
                <button type="button" onClick={() => move(index, 1)} disabled={index === rows.length - 1} className="rounded border border-slate-300 px-2 py-0.5 disabled:opacity-40">
                  Move down<span className="sr-only"> variant {n}</span>
                </button>
                <button
                  type="button"
                  onClick={() => setRows(rows.filter((other) => other.key !== row.key))}
                  disabled={rows.length === 1}
                  className="rounded border border-slate-300 px-2 py-0.5 text-red-700 disabled:opacity-40"
                >
                  Remove variant {n}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add} disabled={!labelled} className="self-start rounded-md border border-slate-300 px-3 py-1 text-sm disabled:opacity-40">
        Add a variant
      </button>
      {!labelled && <p className="text-xs text-slate-500">To sell sizes or colours, choose what the variants differ by, then add them.</p>}
    </fieldset>
  );
}
