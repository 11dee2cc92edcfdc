"use client";

import { useEffect, useState } from "react";
import { ProductPicture, type PictureView } from "@/app/_components/product-picture";

export type GalleryPicture = PictureView & { id: number; variantId: number | null };

const sizes = "(min-width: 1152px) 544px, (min-width: 768px) 50vw, 100vw";

/**
 * A product's pictures: the first one large, the others as buttons below.
 * Choosing a variant in the add-to-cart form (its `variantId` radios) shows
 * that variant's picture, so "Sand" shows the sand hat. Without JavaScript
 * the first picture shows, as the server rendered it.
 */
export function ProductGallery({ pictures, showLabel }: { pictures: GalleryPicture[]; showLabel: string }) {
  const [shownId, setShownId] = useState(pictures[0]?.id);
  useEffect(() => {
    const showVariant = (variantId: number) => {
      const match = pictures.find((picture) => picture.variantId === variantId);
      if (match) setShownId(match.id);
    };
    const checked = document.querySelector<HTMLInputElement>('input[name="variantId"]:checked');
    if (checked) showVariant(Number(checked.value));
    const onChange = (event: Event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.name === "variantId") showVariant(Number(input.value));
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [pictures]);
  const shown = pictures.find((picture) => picture.id === shownId) ?? pictures[0];
  if (!shown) return null;
  return (
    <div className="flex flex-col gap-3" data-testid="product-gallery">
      <ProductPicture
        key={shown.id}
        picture={shown}
        sizes={sizes}
        priority
        className="aspect-square w-full rounded-3xl border border-stone-200 bg-white object-cover"
      />
      {pictures.length > 1 && (
        <ul className="flex flex-wrap gap-2">
          {pictures.map((picture, index) => (
            <li key={picture.id}>
              <button
                type="button"
                aria-pressed={picture.id === shown.id}
                aria-label={`${showLabel} ${index + 1}`}
                onClick={() => setShownId(picture.id)}
                className="block size-16 overflow-hidden rounded-xl border-2 border-stone-200 aria-pressed:border-harbour-600 focus-visible:outline-2 focus-visible:outline-harbour-600"
              >
                <ProductPicture picture={{ ...picture, alt: "" }} sizes="64px" className="size-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
