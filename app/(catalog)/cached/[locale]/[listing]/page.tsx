import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listingQuery, pageCount, parseListingSegment } from "@/lib/catalog/listing";
import { listProducts } from "@/lib/catalog/queries";
import { pageMetadata } from "@/lib/catalog/seo";
import { CategoryNav } from "@/app/(shop)/_components/category-nav";
import { ListingControls } from "@/app/(shop)/_components/listing-controls";
import { Pager } from "@/app/(shop)/_components/pager";
import { ProductGrid } from "@/app/(shop)/_components/product-grid";
import { catalogLocale } from "../catalog-locale";

// `/` with its sort and "in stock" options, which the proxy moved from the query into the path.
type Props = { params: Promise<{ locale: string; listing: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await catalogLocale(params);
  const t = await getTranslations({ locale });
  const options = parseListingSegment((await params).listing);
  return {
    ...pageMetadata({
      title: t("Meta.title"),
      description: t("Catalog.intro"),
      // Each page is its own canonical URL (page 2 is not a copy of page 1).
      path: `/${options ? listingQuery(options) : ""}`,
      locale,
      image: { path: "/products/star-ferry-tote.svg", alt: t("Meta.title") },
      siteName: t("Meta.title"),
    }),
    title: { absolute: `${t("Meta.title")} · ${t("Catalog.title")}` },
  };
}

export default async function CatalogPage({ params }: Props) {
  const locale = await catalogLocale(params);
  const options = parseListingSegment((await params).listing);
  if (!options) notFound();
  const [t, listing] = await Promise.all([getTranslations({ locale, namespace: "Catalog" }), listProducts(options)]);
  const pages = pageCount(listing.total);
  // Past the last page: a 404, not an empty page at a URL of its own.
  if (options.page > pages) notFound();
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
        <ListingControls action="/" options={options} count={listing.total} />
        <ProductGrid products={listing.products} />
        <Pager page={options.page} pages={pages} hrefFor={(page) => `/${listingQuery({ ...options, page })}`} />
      </section>
    </div>
  );
}
