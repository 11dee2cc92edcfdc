import { getLocale, getTranslations } from "next-intl/server";
import { picturesForProducts, type ProductPicture } from "@/lib/catalog/pictures/store";
import { localize, type ProductSummary } from "@/lib/catalog/queries";
import { formatHkd } from "@/lib/money";
import { ProductCard } from "./product-card";

/** Two columns on a phone, three on a desktop. */
export async function ProductGrid({ products }: { products: ProductSummary[] }) {
  const [t, locale, pictures] = await Promise.all([
    getTranslations("Catalog"),
    getLocale(),
    picturesForProducts({ productIds: products.map((product) => product.id) }),
  ]);
  // Each product's first picture (they come in order); products without one show the seed's art.
  const firstPicture = new Map<number, ProductPicture>();
  for (const picture of pictures) if (!firstPicture.has(picture.productId)) firstPicture.set(picture.productId, picture);
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
            picture={firstPicture.get(product.id)}
            priceLabel={product.hasPriceRange ? t("from", { price }) : price}
            viewLabel={t("view")}
            soldOutLabel={product.inStock ? undefined : t("soldOut")}
          />
        );
      })}
    </ul>
  );
}
