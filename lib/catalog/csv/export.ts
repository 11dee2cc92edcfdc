import "server-only";
import { asc, eq, gt } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/actor";
import { categories, products, productVariants } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/tx";
import { catalogCsvChunk, type CatalogCsvRow } from "./format";

const pageSize = 1_000;

/** The whole catalog, a page of variants at a time (keyset on the variant id): any size, bounded memory. */
export async function* catalogCsvRows(db: Executor): AsyncGenerator<CatalogCsvRow[]> {
  let after = 0;
  for (;;) {
    const page = await db
      .select({ variant: productVariants, product: products, category: categories.slug })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .leftJoin(categories, eq(categories.id, products.categoryId))
      .where(gt(productVariants.id, after))
      .orderBy(asc(productVariants.id))
      .limit(pageSize);
    if (page.length === 0) return;
    yield page.map(({ variant, product, category }) => ({
      sku: variant.sku,
      productSlug: product.slug,
      name: product.name,
      variantKind: product.variantKind,
      variantLabel: variant.label,
      category,
      status: product.status,
      priceCents: variant.priceCents,
      stock: variant.stock,
    }));
    after = page.at(-1)!.variant.id;
  }
}

/** The export as a stream of CSV text. Staff only: the caller passes the actor it resolved. */
export function catalogCsvStream(db: Executor, actor: StaffActor | undefined): ReadableStream<Uint8Array> {
  if (!actor) throw new Error("catalog export needs a staff actor");
  const encoder = new TextEncoder();
  const pages = catalogCsvRows(db);
  let first = true;
  return new ReadableStream({
    async pull(controller) {
      const next = await pages.next();
      if (next.done) {
        if (first) controller.enqueue(encoder.encode(catalogCsvChunk([], { first: true })));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(catalogCsvChunk(next.value, { first })));
      first = false;
    },
  });
}
