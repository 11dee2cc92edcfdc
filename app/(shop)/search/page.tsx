import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { normalizeQuery } from "@/lib/catalog/listing";
import { searchProducts } from "@/lib/catalog/queries";
import { pageMetadata } from "@/lib/catalog/seo";
import { CategoryNav } from "../_components/category-nav";
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
  const [query, t] = await Promise.all([searchParams, getTranslations("Search")]);
  const q = normalizeQuery(query.q);
  const products = q ? await searchProducts({ query: q }) : [];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{q ? t("resultsFor", { query: q }) : t("title")}</h1>
      {!q && <p className="text-stone-700">{t("prompt")}</p>}
      {q && products.length > 0 && <ProductGrid products={products} />}
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
