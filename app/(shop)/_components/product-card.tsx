import Image from "next/image";
import Link from "next/link";
import { formatHkd } from "@/lib/money";

export function ProductCard({
  slug,
  name,
  imagePath,
  priceCents,
  linkLabel,
}: {
  slug: string;
  name: string;
  imagePath: string;
  priceCents: number;
  linkLabel: string;
}) {
  return (
    <li className="group overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      <Link href={`/products/${slug}`} aria-label={linkLabel} className="block">
        <Image src={imagePath} alt="" width={400} height={400} className="aspect-square w-full bg-stone-100" />
        <div className="flex items-baseline justify-between gap-2 p-4">
          <h2 className="font-medium text-stone-900 group-hover:text-harbour-700">{name}</h2>
          <p className="whitespace-nowrap font-semibold text-stone-700">{formatHkd(priceCents)}</p>
        </div>
      </Link>
    </li>
  );
}
