import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { products, type LocalizedText, type Product } from "@/lib/db/schema";
import type { Locale } from "@/i18n/locales";

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.en;
}

export async function listProducts(): Promise<Product[]> {
  const db = await getDb();
  return db.select().from(products).orderBy(asc(products.id));
}

export async function getProductBySlug({ slug }: { slug: string }): Promise<Product | undefined> {
  const db = await getDb();
  const [product] = await db.select().from(products).where(eq(products.slug, slug)).limit(1);
  return product;
}

export async function getProductsByIds({ ids }: { ids: number[] }): Promise<Product[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  return db.select().from(products).where(inArray(products.id, ids));
}
