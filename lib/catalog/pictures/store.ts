import "server-only";
import { and, asc, eq, inArray, max, sql } from "drizzle-orm";
import { recordStaffAction } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb, type Db } from "@/lib/db";
import { productImageFiles, productImages, products, productVariants, type LocalizedText, type ProductImage } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/tx";
import { expireCachedCatalog } from "../catalog-cache";
import { contentHash, inspectPicture, renderPicture, type PictureRefusal } from "./process";

export type PictureResult =
  | { kind: "added" | "updated" | "moved" | "removed"; image: ProductImage }
  | { kind: "duplicate" }
  | { kind: "not-found" }
  | { kind: "forbidden" }
  | { kind: "invalid"; message: string }
  | PictureRefusal;

export type PictureDetails = { alt: LocalizedText; variantId: number | null };

const maxAlt = 200;

function refuseDetails(details: PictureDetails): string | undefined {
  if (!details.alt.en.trim()) return "Describe the picture in English (alt text): what a shopper who cannot see it should know.";
  if (Object.values(details.alt).some((text) => text.length > maxAlt)) return `Alt text is at most ${maxAlt} characters.`;
  return undefined;
}

const canEdit = (actor: StaffActor) => can(actor, "catalog.edit");

async function variantBelongs(db: Executor, productId: number, variantId: number | null) {
  if (variantId === null) return true;
  const [row] = await db.select({ id: productVariants.id }).from(productVariants).where(and(eq(productVariants.id, variantId), eq(productVariants.productId, productId)));
  return Boolean(row);
}

const auditOf = (image: ProductImage) => ({ position: image.position, variantId: image.variantId, alt: image.alt, width: image.width, height: image.height });

/**
 * Adds a picture to the end of a product's pictures: the bytes are checked
 * and encoded first (CPU, outside any transaction), then the picture, its
 * renditions and its audit row are written in one transaction.
 */
export async function addProductPicture(
  db: Db,
  actor: StaffActor,
  input: { productId: number; file: Uint8Array } & PictureDetails,
): Promise<PictureResult> {
  if (!canEdit(actor)) return { kind: "forbidden" };
  const invalid = refuseDetails(input);
  if (invalid) return { kind: "invalid", message: invalid };
  const inspected = await inspectPicture(input.file);
  if (inspected.kind === "refused") return inspected;
  const renditions = await renderPicture(input.file, inspected);
  if (!Array.isArray(renditions)) return renditions;
  const sourceHash = contentHash(input.file);
  return db.transaction(async (tx) => {
    // Locks the product, so two uploads at once take positions in turn.
    const [product] = await tx.select({ id: products.id, slug: products.slug }).from(products).where(eq(products.id, input.productId)).for("update");
    if (!product) return { kind: "not-found" } as const;
    if (!(await variantBelongs(tx, product.id, input.variantId))) return { kind: "invalid", message: "That variant is not one of this product's." } as const;
    const [last] = await tx.select({ position: max(productImages.position) }).from(productImages).where(eq(productImages.productId, product.id));
    const [image] = await tx
      .insert(productImages)
      .values({
        productId: product.id,
        variantId: input.variantId,
        position: (last?.position ?? -1) + 1,
        alt: trimmed(input.alt),
        sourceHash,
        width: inspected.width,
        height: inspected.height,
        createdBy: actor.email,
      })
      .onConflictDoNothing()
      .returning();
    if (!image) return { kind: "duplicate" } as const;
    await tx.insert(productImageFiles).values(renditions.map((rendition) => ({ ...rendition, imageId: image.id })));
    await recordStaffAction(tx, actor, { kind: "catalog.create", record: { type: "product_image", id: String(image.id) }, after: { productId: product.id, ...auditOf(image) } });
    await expireCachedCatalog(tx, "everything");
    return { kind: "added", image } as const;
  });
}

function trimmed(alt: LocalizedText): LocalizedText {
  return { en: alt.en.trim(), "zh-HK": alt["zh-HK"].trim(), "zh-CN": alt["zh-CN"].trim() };
}

/** Changes a picture's alt text or the variant it shows. */
export async function updateProductPicture(db: Db, actor: StaffActor, input: { imageId: number } & PictureDetails): Promise<PictureResult> {
  if (!canEdit(actor)) return { kind: "forbidden" };
  const invalid = refuseDetails(input);
  if (invalid) return { kind: "invalid", message: invalid };
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(productImages).where(eq(productImages.id, input.imageId)).for("update");
    if (!before) return { kind: "not-found" } as const;
    if (!(await variantBelongs(tx, before.productId, input.variantId))) return { kind: "invalid", message: "That variant is not one of this product's." } as const;
    const [image] = await tx
      .update(productImages)
      .set({ alt: trimmed(input.alt), variantId: input.variantId })
      .where(eq(productImages.id, input.imageId))
      .returning();
    await recordStaffAction(tx, actor, { kind: "catalog.update", record: { type: "product_image", id: String(before.id) }, before: auditOf(before), after: auditOf(image!) });
    await expireCachedCatalog(tx, "everything");
    return { kind: "updated", image: image! } as const;
  });
}

/** Swaps a picture with its neighbour before (-1) or after (+1): the first picture is the product's main one. */
export async function moveProductPicture(db: Db, actor: StaffActor, input: { imageId: number; direction: -1 | 1 }): Promise<PictureResult> {
  if (!canEdit(actor)) return { kind: "forbidden" };
  return db.transaction(async (tx) => {
    const [image] = await tx.select().from(productImages).where(eq(productImages.id, input.imageId));
    if (!image) return { kind: "not-found" } as const;
    await tx.select({ id: products.id }).from(products).where(eq(products.id, image.productId)).for("update");
    const siblings = await tx.select().from(productImages).where(eq(productImages.productId, image.productId)).orderBy(asc(productImages.position), asc(productImages.id));
    const index = siblings.findIndex((row) => row.id === image.id);
    const other = siblings[index + input.direction];
    if (!other) return { kind: "moved", image } as const;
    const order = siblings.map((row) => row.id);
    [order[index], order[index + input.direction]] = [other.id, image.id];
    // Renumber 0..n-1: positions stay dense whatever happened before.
    const values = sql.join(order.map((id, position) => sql`(${id}::int, ${position}::int)`), sql`, `);
    await tx.execute(sql`update product_images as pi set position = v.position from (values ${values}) as v(id, position) where pi.id = v.id`);
    await recordStaffAction(tx, actor, {
      kind: "catalog.update",
      record: { type: "product", id: String(image.productId) },
      before: { pictures: siblings.map((row) => row.id) },
      after: { pictures: order },
    });
    await expireCachedCatalog(tx, "everything");
    return { kind: "moved", image } as const;
  });
}

export async function removeProductPicture(db: Db, actor: StaffActor, input: { imageId: number }): Promise<PictureResult> {
  if (!canEdit(actor)) return { kind: "forbidden" };
  return db.transaction(async (tx) => {
    const [image] = await tx.delete(productImages).where(eq(productImages.id, input.imageId)).returning();
    if (!image) return { kind: "not-found" } as const;
    await recordStaffAction(tx, actor, { kind: "catalog.delete", record: { type: "product_image", id: String(image.id) }, before: { productId: image.productId, ...auditOf(image) } });
    await expireCachedCatalog(tx, "everything");
    return { kind: "removed", image } as const;
  });
}

export type PictureSource = { format: "avif" | "webp"; width: number; url: string };
export type ProductPicture = Pick<ProductImage, "id" | "productId" | "variantId" | "position" | "alt" | "width" | "height"> & {
  sources: PictureSource[];
};

/** A rendition's public URL: its content hash and format, so it is cached for ever (app/media/[file]/route.ts). */
export const pictureUrl = (hash: string, format: string) => `/media/${hash}.${format}`;

/** Pictures of these products, in order, with their renditions' URLs (never their bytes). */
export async function listPicturesOf(db: Executor, productIds: number[]): Promise<ProductPicture[]> {
  if (productIds.length === 0) return [];
  const images = await db
    .select({
      id: productImages.id,
      productId: productImages.productId,
      variantId: productImages.variantId,
      position: productImages.position,
      alt: productImages.alt,
      width: productImages.width,
      height: productImages.height,
    })
    .from(productImages)
    .where(inArray(productImages.productId, productIds))
    .orderBy(asc(productImages.productId), asc(productImages.position), asc(productImages.id));
  if (images.length === 0) return [];
  const files = await db
    .select({ imageId: productImageFiles.imageId, hash: productImageFiles.hash, format: productImageFiles.format, width: productImageFiles.width })
    .from(productImageFiles)
    .where(inArray(productImageFiles.imageId, images.map((image) => image.id)))
    .orderBy(asc(productImageFiles.width));
  return images.map((image) => ({
    ...image,
    sources: files.filter((file) => file.imageId === image.id).map((file) => ({ format: file.format, width: file.width, url: pictureUrl(file.hash, file.format) })),
  }));
}

/** The bytes behind a media URL, or undefined. Any row with this hash holds the same bytes. */
export async function getPictureFile(db: Executor, hash: string): Promise<{ bytes: Uint8Array; format: "avif" | "webp" } | undefined> {
  const [file] = await db.select({ bytes: productImageFiles.bytes, format: productImageFiles.format }).from(productImageFiles).where(eq(productImageFiles.hash, hash)).limit(1);
  return file;
}

/** The shop's read: pictures of these products (a page's grid, one product page). */
export async function picturesForProducts({ productIds }: { productIds: number[] }): Promise<ProductPicture[]> {
  return listPicturesOf(await getDb(), productIds);
}

export type ProductForPictures = {
  id: number;
  slug: string;
  name: LocalizedText;
  status: string;
  variants: { id: number; sku: string; label: LocalizedText | null }[];
  pictures: ProductPicture[];
};

/** The pictures page's product: its name, variants and pictures. Staff only: drafts show here too. */
export async function getProductForPictures(actor: StaffActor | undefined, { productId }: { productId: number }): Promise<ProductForPictures | undefined> {
  if (!actor) return undefined;
  const db = await getDb();
  const [product] = await db.select({ id: products.id, slug: products.slug, name: products.name, status: products.status }).from(products).where(eq(products.id, productId));
  if (!product) return undefined;
  const [variants, pictures] = await Promise.all([
    db
      .select({ id: productVariants.id, sku: productVariants.sku, label: productVariants.label })
      .from(productVariants)
      .where(eq(productVariants.productId, productId))
      .orderBy(asc(productVariants.position), asc(productVariants.id)),
    listPicturesOf(db, [productId]),
  ]);
  return { ...product, variants, pictures };
}
