import { sql } from "drizzle-orm";
import { seedCategories, seedProducts, type SeedProduct, type SeedVariant } from "@/lib/catalog/catalog-data";
import type { Db } from "./connect";
import { categories, products, productVariants, type NewProductVariant } from "./schema";

// Seeded products are dated one day apart from here, oldest first, so "newest" sorts the same everywhere.
const firstProductDate = Date.UTC(2026, 0, 5);
const dayMs = 24 * 60 * 60 * 1000;

function variantsOf(product: SeedProduct): SeedVariant[] {
  if ("variants" in product) return product.variants;
  return [{ sku: product.slug, label: { en: "", "zh-HK": "", "zh-CN": "" }, priceCents: product.priceCents, stock: product.stock }];
}

/**
 * Fills an empty catalog with the demo data; a catalog that has anything in
 * it is staff's and is left alone (names, prices, stock, status), so a
 * re-seed or a restart never undoes an edit. Returns how many products it
 * wrote: 0 when it left the catalog alone. Two seeds at once (two instances
 * starting) take turns on a table lock, so the catalog is filled once.
 */
export async function seedCatalog(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table categories, products in share row exclusive mode`);
    const [anyProduct] = await tx.select({ id: products.id }).from(products).limit(1);
    const [anyCategory] = await tx.select({ id: categories.id }).from(categories).limit(1);
    if (anyProduct || anyCategory) return 0;
    const categoryRows = await tx
      .insert(categories)
      .values(seedCategories.map((category, position) => ({ ...category, position })))
      .returning({ id: categories.id, slug: categories.slug });
    const categoryId = new Map(categoryRows.map((row) => [row.slug, row.id]));

    const productRows = await tx
      .insert(products)
      .values(
        seedProducts.map((product, index) => ({
          slug: product.slug,
          categoryId: categoryId.get(product.category) ?? null,
          name: product.name,
          description: product.description,
          priceCents: Math.min(...variantsOf(product).map((variant) => variant.priceCents)),
          variantKind: "variantKind" in product ? product.variantKind : null,
          imagePath: product.imagePath,
          status: "published" as const,
          createdAt: new Date(firstProductDate + index * dayMs),
          updatedAt: new Date(firstProductDate + index * dayMs),
        })),
      )
      .returning({ id: products.id, slug: products.slug });
    const productId = new Map(productRows.map((row) => [row.slug, row.id]));

    const variants: NewProductVariant[] = seedProducts.flatMap((product) =>
      variantsOf(product).map((variant, position) => ({
        productId: productId.get(product.slug)!,
        sku: variant.sku,
        label: "variants" in product ? variant.label : null,
        priceCents: variant.priceCents,
        stock: variant.stock,
        position,
      })),
    );
    await tx.insert(productVariants).values(variants);
    return seedProducts.length;
  });
}

export const seededProductCount = seedProducts.length;
export const seededCategoryCount = seedCategories.length;
