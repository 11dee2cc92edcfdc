import Image from "next/image";
import Link from "next/link";

/** One product in a grid. The whole card is one link whose name carries the price (and "sold out"). */
export function ProductCard({
  slug,
  name,
  imagePath,
  priceLabel,
  linkLabel,
  soldOutLabel,
}: {
  slug: string;
  name: string;
  imagePath: string;
  priceLabel: string;
  linkLabel: string;
  soldOutLabel?: string | undefined;
}) {
  return (
    <li className="group rounded-2xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      <Link
        href={`/products/${slug}`}
        aria-label={soldOutLabel ? `${linkLabel} (${soldOutLabel})` : linkLabel}
        className="block h-full rounded-2xl outline-offset-4 focus-visible:outline-3 focus-visible:outline-harbour-600"
      >
        <div className="relative">
          <Image src={imagePath} alt="" width={400} height={400} className="aspect-square w-full rounded-t-2xl bg-stone-100" />
          {soldOutLabel && (
            <span className="absolute top-2 left-2 rounded-full bg-stone-900/85 px-2.5 py-0.5 text-xs font-semibold text-white">
              {soldOutLabel}
            </span>
          )}
        </div>
        <div className="flex flex-col gap-1 p-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-2 sm:p-4">
          <h2 className="text-sm font-medium text-stone-900 group-hover:text-harbour-700 sm:text-base">{name}</h2>
          <p className="text-sm font-semibold whitespace-nowrap text-stone-700 sm:text-base">{priceLabel}</p>
        </div>
      </Link>
    </li>
  );
}
