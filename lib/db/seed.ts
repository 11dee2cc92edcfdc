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
 * Idempotent: inserts missing categories, products and variants and
 * refreshes their text and prices. Stock is set only when a variant is
 * first inserted: re-seeding never puts sold goods back on the shelf.
 */
export async function seedCatalog(db: Db): Promise<number> {
  await db.transaction(async (tx) => {
    const categoryRows = await tx
      .insert(categories)
      .values(seedCategories.map((category, position) => ({ ...category, position })))
      .onConflictDoUpdate({
        target: categories.slug,
        set: { name: sql`excluded.name`, description: sql`excluded.description`, position: sql`excluded.position` },
      })
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
          createdAt: new Date(firstProductDate + index * dayMs),
        })),
      )
      .onConflictDoUpdate({
        target: products.slug,
        set: {
          categoryId: sql`excluded.category_id`,
          name: sql`excluded.name`,
          description: sql`excluded.description`,
          priceCents: sql`excluded.price_cents`,
          variantKind: sql`excluded.variant_kind`,
          imagePath: sql`excluded.image_path`,
          createdAt: sql`excluded.created_at`,
        },
      })
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
    await tx
      .insert(productVariants)
      .values(variants)
      .onConflictDoUpdate({
        target: productVariants.sku,
        set: {
          productId: sql`excluded.product_id`,
          label: sql`excluded.label`,
          priceCents: sql`excluded.price_cents`,
          position: sql`excluded.position`,
        },
      });
  });
  return seedProducts.length;
}

export const seededProductCount = seedProducts.length;
export const seededCategoryCount = seedCategories.length;
