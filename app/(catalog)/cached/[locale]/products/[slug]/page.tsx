import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { findRenamedProductSlug, getProductBySlug, localize } from "@/lib/catalog/queries";
import { jsonLdScript, pageMetadata, productJsonLd } from "@/lib/catalog/seo";
import { formatHkd } from "@/lib/money";
import { AddToCartForm } from "@/app/(shop)/_components/add-to-cart-form";
import { ProductGallery } from "@/app/(shop)/_components/product-gallery.client";
import { picturesForProducts } from "@/lib/catalog/pictures/store";
import { catalogLocale } from "../../catalog-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([catalogLocale(params), params]);
  const [t, product] = await Promise.all([getTranslations({ locale, namespace: "Meta" }), getProductBySlug({ slug })]);
  if (!product) return {};
  const name = localize(product.name, locale);
  return pageMetadata({
    title: name,
    description: localize(product.description, locale),
    path: `/products/${product.slug}`,
    locale: locale,
    image: { path: product.imagePath, alt: name },
    siteName: t("title"),
  });
}

export default async function ProductPage({ params }: Props) {
  const [locale, { slug }] = await Promise.all([catalogLocale(params), params]);
  const [t, product] = await Promise.all([getTranslations({ locale }), getProductBySlug({ slug })]);
  if (!product) {
    // A slug staff renamed answers a permanent redirect; a draft, an archived or an unknown product is a 404.
    const renamed = await findRenamedProductSlug({ slug });
    if (renamed) permanentRedirect(`/products/${renamed}`);
    notFound();
  }
  const pictures = await picturesForProducts({ productIds: [product.id] });
  const lang = locale;
  const name = localize(product.name, lang);
  const description = localize(product.description, lang);
  const categoryName = product.category && localize(product.category.name, lang);
  const labelOf = new Map(product.variants.map((variant) => [variant.sku, variant.label && localize(variant.label, lang)]));
  const jsonLd = productJsonLd({
    url: `${env.APP_URL}/products/${product.slug}`,
    name,
    description,
    imageUrl: `${env.APP_URL}${product.imagePath}`,
    sku: product.slug,
    category: categoryName,
    variants: product.variants,
    variantName: (variant) => labelOf.get(variant.sku) ?? undefined,
  });
  return (
    <article className="grid gap-8 md:grid-cols-2">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
      {pictures.length > 0 ? (
        <ProductGallery
          showLabel={t("Product.showPicture")}
          pictures={pictures.map((picture) => ({ ...picture, alt: localize(picture.alt, lang) }))}
        />
      ) : (
        // The seed's SVG art, until staff upload a picture.
        <Image
          src={product.imagePath}
          alt=""
          width={600}
          height={600}
          priority
          className="aspect-square w-full rounded-3xl border border-stone-200 bg-white"
        />
      )}
      <div className="flex flex-col gap-5">
        <nav aria-label={t("Catalog.breadcrumb")} className="flex flex-wrap gap-2 text-sm">
          <Link href="/" className="text-harbour-700 hover:underline">
            ← {t("Product.backToShop")}
          </Link>
          {product.category && (
            <>
              <span aria-hidden="true" className="text-stone-400">
                /
              </span>
              <Link href={`/categories/${product.category.slug}`} className="text-harbour-700 hover:underline">
                {categoryName}
              </Link>
            </>
          )}
        </nav>
        <h1 className="text-3xl font-bold text-stone-900">{name}</h1>
        <p className="leading-relaxed text-stone-700">{description}</p>
        <AddToCartForm
          kindLabel={product.variantKind ? t(`Product.variant_${product.variantKind}`) : null}
          variants={product.variants.map((variant) => ({
            id: variant.id,
            label: variant.label && localize(variant.label, lang),
            priceLabel: formatHkd(variant.priceCents),
            stock: variant.stock,
          }))}
        />
      </div>
    </article>
  );
}
