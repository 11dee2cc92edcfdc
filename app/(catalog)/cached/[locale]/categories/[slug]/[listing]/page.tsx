import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listingQuery, pageCount, parseListingSegment } from "@/lib/catalog/listing";
import { getCategoryBySlug, listProducts, localize } from "@/lib/catalog/queries";
import { pageMetadata } from "@/lib/catalog/seo";
import { CategoryNav } from "@/app/(shop)/_components/category-nav";
import { ListingControls } from "@/app/(shop)/_components/listing-controls";
import { Pager } from "@/app/(shop)/_components/pager";
import { ProductGrid } from "@/app/(shop)/_components/product-grid";
import { catalogLocale } from "../../../catalog-locale";

// `/categories/x` with its sort and "in stock" options, which the proxy moved from the query into the path.
type Props = { params: Promise<{ locale: string; slug: string; listing: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug, listing }] = await Promise.all([catalogLocale(params), params]);
  const [t, category] = await Promise.all([getTranslations({ locale, namespace: "Meta" }), getCategoryBySlug({ slug })]);
  if (!category) return {};
  const {
    products: [first],
  } = await listProducts({ categoryId: category.id, pageSize: 1 });
  const name = localize(category.name, locale);
  const options = parseListingSegment(listing);
  return pageMetadata({
    title: name,
    description: localize(category.description, locale),
    path: `/categories/${category.slug}${options ? listingQuery(options) : ""}`,
    locale,
    image: first && { path: first.imagePath, alt: localize(first.name, locale) },
    siteName: t("title"),
  });
}

export default async function CategoryPage({ params }: Props) {
  const [locale, { slug, listing }] = await Promise.all([catalogLocale(params), params]);
  const options = parseListingSegment(listing);
  const category = options && (await getCategoryBySlug({ slug }));
  if (!options || !category) notFound();
  const path = `/categories/${category.slug}`;
  const [t, found] = await Promise.all([getTranslations({ locale, namespace: "Catalog" }), listProducts({ categoryId: category.id, ...options })]);
  const pages = pageCount(found.total);
  if (options.page > pages) notFound();
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
      <ListingControls action={path} options={options} count={found.total} />
      {found.products.length > 0 ? (
        <>
          <ProductGrid products={found.products} />
          <Pager page={options.page} pages={pages} hrefFor={(page) => `${path}${listingQuery({ ...options, page })}`} />
        </>
      ) : (
        <p className="rounded-2xl border border-stone-200 bg-white p-6 text-stone-700">
          {t("emptyFiltered")}{" "}
          <Link href={path} className="font-medium text-harbour-700 underline">
            {t("showAll")}
          </Link>
        </p>
      )}
    </div>
  );
}
