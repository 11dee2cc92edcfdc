import { getLocale, getTranslations } from "next-intl/server";
import { listProducts, localize } from "@/lib/catalog/queries";
import { ProductCard } from "./_components/product-card";

export default async function CatalogPage() {
  const [t, locale, products] = await Promise.all([getTranslations("Catalog"), getLocale(), listProducts()]);
  return (
    <div className="flex flex-col gap-8">
      <section className="rounded-3xl bg-harbour-50 px-6 py-10 sm:px-10">
        <h1 className="text-3xl font-bold tracking-tight text-harbour-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-stone-700">{t("intro")}</p>
      </section>
      <ul className="grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {products.map((product) => {
          const name = localize(product.name, locale);
          return (
            <ProductCard
              key={product.id}
              slug={product.slug}
              name={name}
              imagePath={product.imagePath}
              priceCents={product.priceCents}
              linkLabel={t("viewProduct", { name })}
            />
          );
        })}
      </ul>
    </div>
  );
}
