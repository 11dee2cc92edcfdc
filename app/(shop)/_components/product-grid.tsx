import { getLocale, getTranslations } from "next-intl/server";
import { localize, type ProductSummary } from "@/lib/catalog/queries";
import { formatHkd } from "@/lib/money";
import { ProductCard } from "./product-card";

/** Two columns on a phone, three on a desktop. */
export async function ProductGrid({ products }: { products: ProductSummary[] }) {
  const [t, locale] = await Promise.all([getTranslations("Catalog"), getLocale()]);
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-6 lg:grid-cols-3" data-testid="product-grid">
      {products.map((product) => {
        const name = localize(product.name, locale);
        const price = formatHkd(product.priceCents);
        return (
          <ProductCard
            key={product.id}
            slug={product.slug}
            name={name}
            imagePath={product.imagePath}
            priceLabel={product.hasPriceRange ? t("from", { price }) : price}
            viewLabel={t("view")}
            soldOutLabel={product.inStock ? undefined : t("soldOut")}
          />
        );
      })}
    </ul>
  );
}
