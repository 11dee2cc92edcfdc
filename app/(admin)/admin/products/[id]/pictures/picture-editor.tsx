"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/action-state";
import { movePictureAction, removePictureAction, updatePictureAction } from "@/lib/catalog/pictures/actions";
import type { LocalizedText } from "@/lib/db/schema";

type Props = {
  productId: number;
  picture: { id: number; alt: LocalizedText; variantId: number | null; width: number; height: number };
  number: number;
  first: boolean;
  last: boolean;
  variantOptions: { value: string; label: string }[];
};

/** One picture's alt text, variant, place in the order and removal; each answer read out where it happened. */
export function PictureEditor({ productId, picture, number, first, last, variantOptions }: Props) {
  const [saved, save, saving] = useActionState(updatePictureAction, idleState);
  const [moved, move, moving] = useActionState(movePictureAction, idleState);
  const [removed, remove, removing] = useActionState(removePictureAction, idleState);
  const ids = (
    <>
      <input type="hidden" name="imageId" value={picture.id} />
      <input type="hidden" name="productId" value={productId} />
    </>
  );
  return (
    <div className="flex grow flex-col gap-3">
      <p className="font-semibold">
        Picture {number} <span className="font-normal text-slate-500">({picture.width} × {picture.height} uploaded)</span>
      </p>
      <form action={save} className="grid gap-2 md:grid-cols-3" aria-label={`Picture ${number} details`}>
        {ids}
        <label className="flex flex-col gap-1">
          Alt text, English
          <input name="altEn" required maxLength={200} defaultValue={picture.alt.en} className="rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          Alt text, 繁體中文
          <input name="altZhHK" lang="zh-HK" maxLength={200} defaultValue={picture.alt["zh-HK"]} className="rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          Alt text, 简体中文
          <input name="altZhCN" lang="zh-CN" maxLength={200} defaultValue={picture.alt["zh-CN"]} className="rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          Shows
          <select name="variantId" defaultValue={picture.variantId === null ? "" : String(picture.variantId)} className="rounded-md border border-slate-300 px-2 py-1">
            {variantOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={saving} className="self-end justify-self-start rounded-md bg-slate-900 px-3 py-1.5 font-semibold text-white disabled:opacity-60">
          Save picture {number}
        </button>
        <Answer state={saved} />
      </form>
      <div className="flex flex-wrap items-start gap-2">
        <form action={move}>
          {ids}
          <button type="submit" name="direction" value="up" disabled={first || moving} className="rounded-md border border-slate-300 px-2 py-1 disabled:opacity-40">
            Move picture {number} earlier
          </button>
          <button type="submit" name="direction" value="down" disabled={last || moving} className="ml-2 rounded-md border border-slate-300 px-2 py-1 disabled:opacity-40">
            Move picture {number} later
          </button>
          <Answer state={moved} />
        </form>
        <form action={remove}>
          {ids}
          <button type="submit" disabled={removing} className="rounded-md border border-red-300 px-2 py-1 text-red-800 disabled:opacity-40">
            Remove picture {number}
          </button>
          <Answer state={removed} />
        </form>
      </div>
    </div>
  );
}

function Answer({ state }: { state: ActionState }) {
  return (
    <p aria-live="polite" role="status" className={`min-h-5 text-sm md:col-span-3 ${state.status === "error" ? "text-red-700" : "text-slate-600"}`}>
      {state.message}
    </p>
  );
}
