import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { normalizeQuery, pageCount, parsePageNumber } from "@/lib/catalog/listing";
import { searchProducts } from "@/lib/catalog/queries";
import { pageMetadata } from "@/lib/catalog/seo";
import { CategoryNav } from "../_components/category-nav";
import { Pager } from "../_components/pager";
import { ProductGrid } from "../_components/product-grid";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [query, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations()]);
  const q = normalizeQuery(query.q);
  return {
    ...pageMetadata({
      title: q ? t("Search.resultsFor", { query: q }) : t("Search.title"),
      description: t("Search.description"),
      path: "/search",
      locale: locale,
      siteName: t("Meta.title"),
    }),
    // A results page is not a page of its own to a search engine.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const [query, t, tc] = await Promise.all([searchParams, getTranslations("Search"), getTranslations("Catalog")]);
  const q = normalizeQuery(query.q);
  const found = q ? await searchProducts({ query: q, page: parsePageNumber(query.page) }) : undefined;
  const pages = pageCount(found?.total ?? 0);
  // Past the last page of results: a 404, as on the listings.
  if (found && found.page > pages) notFound();
  const products = found?.products ?? [];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{q ? t("resultsFor", { query: q }) : t("title")}</h1>
      {!q && <p className="text-stone-700">{t("prompt")}</p>}
      {found && found.total > 0 && (
        <p className="text-sm text-stone-600" aria-live="polite">
          {tc("productCount", { count: found.total })}
        </p>
      )}
      {q && products.length > 0 && <ProductGrid products={products} />}
      {found && products.length > 0 && (
        <Pager page={found.page} pages={pages} hrefFor={(page) => `/search?${new URLSearchParams({ q, ...(page > 1 && { page: String(page) }) })}`} />
      )}
      {q && products.length === 0 && (
        <section className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-6">
          <p className="font-medium">{t("noResults", { query: q })}</p>
          <p className="text-stone-700">{t("tryCategories")}</p>
          <CategoryNav />
        </section>
      )}
    </div>
  );
}
