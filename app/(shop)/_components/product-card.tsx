import Image from "next/image";
import Link from "next/link";
import { ProductPicture, type PictureView } from "@/app/_components/product-picture";

/**
 * One product in a grid. The whole card is one link; its name is its own
 * text ("View" for screen readers, the name, the price, "sold out"), so what
 * is read is what is shown (WCAG 2.5.3) and the price is in it.
 */
export function ProductCard({
  slug,
  name,
  imagePath,
  picture,
  priceLabel,
  viewLabel,
  soldOutLabel,
}: {
  slug: string;
  name: string;
  imagePath: string;
  /** The first uploaded picture; without one, the seed's art at imagePath. */
  picture?: Omit<PictureView, "alt"> | undefined;
  priceLabel: string;
  viewLabel: string;
  soldOutLabel?: string | undefined;
}) {
  return (
    <li className="group relative rounded-2xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      <Link
        href={`/products/${slug}`}
        className="block h-full rounded-2xl outline-offset-4 focus-visible:outline-3 focus-visible:outline-harbour-600"
      >
        {picture ? (
          <ProductPicture
            picture={{ ...picture, alt: "" }}
            sizes="(min-width: 1024px) 352px, 50vw"
            className="aspect-square w-full rounded-t-2xl bg-stone-100 object-cover"
          />
        ) : (
          <Image src={imagePath} alt="" width={400} height={400} className="aspect-square w-full rounded-t-2xl bg-stone-100" />
        )}
        <span className="flex flex-col gap-1 p-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-2 sm:p-4">
          {/* Plain spans: a heading inside a link drops out of the link's name in some browsers. */}
          <span className="text-sm font-medium text-stone-900 group-hover:text-harbour-700 sm:text-base">
            <span className="sr-only">{viewLabel} </span>
            {name}
          </span>
          <span className="text-sm font-semibold whitespace-nowrap text-stone-700 sm:text-base">{priceLabel}</span>
        </span>
        {soldOutLabel && (
          <span className="absolute top-2 left-2 rounded-full bg-stone-900/85 px-2.5 py-0.5 text-xs font-semibold text-white">{soldOutLabel}</span>
        )}
      </Link>
    </li>
  );
}
