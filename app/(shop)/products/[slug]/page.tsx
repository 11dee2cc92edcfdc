import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getProductBySlug, localize } from "@/lib/catalog/queries";
import { formatHkd } from "@/lib/money";
import { AddToCartForm } from "../../_components/add-to-cart-form";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, locale] = await Promise.all([params, getLocale()]);
  const product = await getProductBySlug({ slug });
  return product ? { title: localize(product.name, locale) } : {};
}

export default async function ProductPage({ params }: Props) {
  const [{ slug }, locale, t] = await Promise.all([params, getLocale(), getTranslations("Product")]);
  const product = await getProductBySlug({ slug });
  if (!product) notFound();
  const name = localize(product.name, locale);
  return (
    <article className="grid gap-8 md:grid-cols-2">
      <Image
        src={product.imagePath}
        alt=""
        width={600}
        height={600}
        priority
        className="aspect-square w-full rounded-3xl border border-stone-200 bg-white"
      />
      <div className="flex flex-col gap-5">
        <Link href="/" className="text-sm text-harbour-700 hover:underline">
          ← {t("backToShop")}
        </Link>
        <h1 className="text-3xl font-bold text-stone-900">{name}</h1>
        <p className="text-2xl font-semibold text-harbour-700" data-testid="product-price">
          {formatHkd(product.priceCents)}
        </p>
        <p className="leading-relaxed text-stone-700">{localize(product.description, locale)}</p>
        <AddToCartForm productId={product.id} />
      </div>
    </article>
  );
}
