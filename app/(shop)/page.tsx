import type { Metadata } from "next";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { parseListingParams } from "@/lib/catalog/listing";
import { listProducts } from "@/lib/catalog/queries";
import { pageMetadata } from "@/lib/catalog/seo";
import { CategoryNav } from "./_components/category-nav";
import { ListingControls } from "./_components/listing-controls";
import { ProductGrid } from "./_components/product-grid";
import { GridSkeleton } from "./_components/skeletons";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return {
    ...pageMetadata({
      title: t("Meta.title"),
      description: t("Catalog.intro"),
      path: "/",
      locale: locale,
      image: { path: "/products/star-ferry-tote.svg", alt: t("Meta.title") },
      siteName: t("Meta.title"),
    }),
    title: { absolute: `${t("Meta.title")} · ${t("Catalog.title")}` },
  };
}

export default async function CatalogPage({ searchParams }: Props) {
  const t = await getTranslations("Catalog");
  return (
    <div className="flex flex-col gap-6 sm:gap-8">
      <section className="rounded-3xl bg-harbour-50 px-6 py-8 sm:px-10 sm:py-10">
        <h1 className="text-3xl font-bold tracking-tight text-harbour-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-stone-700">{t("intro")}</p>
      </section>
      <section className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("categoriesHeading")}</h2>
        <CategoryNav />
      </section>
      <section className="flex flex-col gap-4">
        <h2 className="sr-only">{t("allProducts")}</h2>
        <Suspense fallback={<GridSkeleton heading={false} />}>
          <Listing searchParams={searchParams} />
        </Suspense>
      </section>
    </div>
  );
}

async function Listing({ searchParams }: Props) {
  const options = parseListingParams(await searchParams);
  const products = await listProducts(options);
  return (
    <>
      <ListingControls action="/" options={options} count={products.length} />
      <ProductGrid products={products} />
    </>
  );
}
