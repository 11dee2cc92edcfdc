import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { parseListingParams } from "@/lib/catalog/listing";
import { getCategoryBySlug, listProducts, localize } from "@/lib/catalog/queries";
import { pageMetadata } from "@/lib/catalog/seo";
import { CategoryNav } from "../../_components/category-nav";
import { ListingControls } from "../../_components/listing-controls";
import { ProductGrid } from "../../_components/product-grid";
import { GridSkeleton } from "../../_components/skeletons";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, locale, t] = await Promise.all([params, getLocale(), getTranslations("Meta")]);
  const category = await getCategoryBySlug({ slug });
  if (!category) return {};
  const [first] = await listProducts({ categoryId: category.id });
  const name = localize(category.name, locale);
  return pageMetadata({
    title: name,
    description: localize(category.description, locale),
    path: `/categories/${category.slug}`,
    locale: locale,
    image: first && { path: first.imagePath, alt: localize(first.name, locale) },
    siteName: t("title"),
  });
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, locale, t] = await Promise.all([params, getLocale(), getTranslations("Catalog")]);
  // Found or not before anything streams, so an unknown category is a real 404.
  const category = await getCategoryBySlug({ slug });
  if (!category) notFound();
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/" className="text-harbour-700 hover:underline">
          {t("allProducts")}
        </Link>
      </nav>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-stone-900">{localize(category.name, locale)}</h1>
        <p className="text-stone-700">{localize(category.description, locale)}</p>
      </header>
      <CategoryNav current={category.slug} />
      <Suspense fallback={<GridSkeleton heading={false} />}>
        <Listing categoryId={category.id} path={`/categories/${category.slug}`} searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function Listing({ categoryId, path, searchParams }: { categoryId: number; path: string; searchParams: Props["searchParams"] }) {
  const [query, t] = await Promise.all([searchParams, getTranslations("Catalog")]);
  const options = parseListingParams(query);
  const products = await listProducts({ categoryId, ...options });
  return (
    <>
      <ListingControls action={path} options={options} count={products.length} />
      {products.length > 0 ? (
        <ProductGrid products={products} />
      ) : (
        <p className="rounded-2xl border border-stone-200 bg-white p-6 text-stone-700">
          {t("emptyFiltered")}{" "}
          <Link href={path} className="font-medium text-harbour-700 underline">
            {t("showAll")}
          </Link>
        </p>
      )}
    </>
  );
}
