import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listCategories, listProductSlugs } from "@/lib/catalog/queries";
import { env } from "@/lib/env";

/** Every shop page a search engine should know: home, categories, products. Read from the database per request. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [categories, products] = await Promise.all([listCategories(), listProductSlugs()]);
  return [
    { url: `${env.APP_URL}/`, changeFrequency: "daily", priority: 1 },
    ...categories.map((category) => ({ url: `${env.APP_URL}/categories/${category.slug}`, changeFrequency: "weekly" as const, priority: 0.8 })),
    ...products.map((product) => ({
      url: `${env.APP_URL}/products/${product.slug}`,
      lastModified: product.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.6,
    })),
  ];
}
