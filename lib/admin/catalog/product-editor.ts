import "server-only";
import { and, asc, eq, inArray, ne, notInArray, sql } from "drizzle-orm";
import { recordStaffAction } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { expireCachedCatalog } from "@/lib/catalog/catalog-cache";
import { adjustStock } from "@/lib/catalog/stock-ledger";
import type { Db } from "@/lib/db";
import { categories, orderItems, products, productSlugRedirects, productVariants, type Product, type ProductVariant } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/tx";
import { parseProductForm, type ProductInput, type VariantInput } from "./product-input";

/** A product as the editor opens it: every field, its variants in order, and the version the save must match. */
export type EditableProduct = Product & { variants: ProductVariant[]; ordered: boolean };

/** What a save did, as a value: the action turns it into words. */
export type SaveResult =
  | { kind: "saved"; product: Product }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "conflict"; updatedBy: string | null; updatedAt: Date }
  | { kind: "not-found" }
  | { kind: "refused"; message: string };

export type DeleteResult = { kind: "deleted" } | { kind: "not-found" } | { kind: "conflict"; updatedBy: string | null; updatedAt: Date } | { kind: "refused"; message: string };

/** Placeholder art for a product staff create, until it has a picture of its own. */
export const placeholderImagePath = "/products/placeholder.svg";

function refuseActor(actor: StaffActor | undefined): string | undefined {
  if (!actor?.email) return "Sign in as staff to change the catalog.";
  if (!can(actor, "catalog.edit")) return "A read-only account cannot change the catalog.";
  return undefined;
}

export async function loadProductForEditor(db: Db, actor: StaffActor | undefined, id: number): Promise<EditableProduct | undefined> {
  if (!actor) return undefined;
  const [product] = await db.select().from(products).where(eq(products.id, id));
  if (!product) return undefined;
  const variants = await db.select().from(productVariants).where(eq(productVariants.productId, id)).orderBy(asc(productVariants.position), asc(productVariants.id));
  const [ordered] = await db.select({ id: orderItems.id }).from(orderItems).where(eq(orderItems.productId, id)).limit(1);
  return { ...product, variants, ordered: Boolean(ordered) };
}

/** Creates a product from the editor's form; its first stock comes in through the ledger as "received". */
export async function createProduct(db: Db, actor: StaffActor | undefined, form: Record<string, string>, now = new Date()): Promise<SaveResult> {
  const refusal = refuseActor(actor);
  if (refusal || !actor) return { kind: "refused", message: refusal! };
  const parsed = parseProductForm(form);
  if (!parsed.ok) return { kind: "invalid", fieldErrors: parsed.fieldErrors };
  const input = parsed.value;
  return inTransaction(db, async (tx) => {
    const clash = await findClashes(tx, input, undefined);
    if (clash) return clash;
    const [product] = await tx
      .insert(products)
      .values({ ...productFields(input), imagePath: placeholderImagePath, createdAt: now, updatedAt: now, updatedBy: actor.email })
      .returning();
    const created = await writeVariants(tx, actor, product!, [], input.variants, now);
    if (created.kind !== "saved") return created;
    await recordStaffAction(tx, actor, { kind: "catalog.create", record: { type: "product", id: String(product!.id) }, after: snapshot(input), at: now });
    await expireCachedCatalog(tx);
    return { kind: "saved", product: product! };
  });
}

/**
 * Saves the editor's form over product `id`, only if nobody saved it since
 * the form was opened (`version`): otherwise the save is refused with who
 * saved last and when, and nothing changes. One transaction: the product
 * (slug history included), its variants, stock through the ledger, the
 * audit row and the catalog cache's expiry.
 */
export async function saveProduct(
  db: Db,
  actor: StaffActor | undefined,
  id: number,
  version: number,
  form: Record<string, string>,
  now = new Date(),
): Promise<SaveResult> {
  const refusal = refuseActor(actor);
  if (refusal || !actor) return { kind: "refused", message: refusal! };
  const parsed = parseProductForm(form);
  if (!parsed.ok) return { kind: "invalid", fieldErrors: parsed.fieldErrors };
  const input = parsed.value;
  return inTransaction(db, async (tx) => {
    const [current] = await tx.select().from(products).where(eq(products.id, id)).for("update");
    if (!current) return { kind: "not-found" };
    if (current.version !== version) return { kind: "conflict", updatedBy: current.updatedBy, updatedAt: current.updatedAt };
    const existing = await tx.select().from(productVariants).where(eq(productVariants.productId, id)).orderBy(asc(productVariants.position), asc(productVariants.id));
    const clash = await findClashes(tx, input, id);
    if (clash) return clash;

    const [updated] = await tx
      .update(products)
      .set({ ...productFields(input), version: sql`${products.version} + 1`, updatedAt: now, updatedBy: actor.email })
      .where(eq(products.id, id))
      .returning();
    if (current.slug !== input.slug) await rememberOldSlug(tx, id, current.slug, input.slug, now);
    const written = await writeVariants(tx, actor, updated!, existing, input.variants, now);
    if (written.kind !== "saved") return written;

    const before = snapshot({ ...current, variants: existing.map((variant) => ({ ...variant, id: variant.id, stockWas: undefined })) });
    const after = snapshot(input);
    const [changedBefore, changedAfter] = changes(before, after);
    if (Object.keys(changedAfter).length > 0) {
      await recordStaffAction(tx, actor, { kind: "catalog.update", record: { type: "product", id: String(id) }, before: changedBefore, after: changedAfter, at: now });
    }
    await expireCachedCatalog(tx);
    return { kind: "saved", product: updated! };
  });
}

/**
 * Deletes a product nobody ever ordered (a draft made by mistake). A product
 * with orders is never deleted: staff archive it, and its orders, emails and
 * CSVs keep it (order_items references it ON DELETE RESTRICT as well).
 */
export async function deleteProduct(db: Db, actor: StaffActor | undefined, id: number, version: number, now = new Date()): Promise<DeleteResult> {
  const refusal = refuseActor(actor);
  if (refusal || !actor) return { kind: "refused", message: refusal! };
  return inTransaction(db, async (tx) => {
    const [current] = await tx.select().from(products).where(eq(products.id, id)).for("update");
    if (!current) return { kind: "not-found" };
    if (current.version !== version) return { kind: "conflict", updatedBy: current.updatedBy, updatedAt: current.updatedAt };
    const [ordered] = await tx.select({ id: orderItems.id }).from(orderItems).where(eq(orderItems.productId, id)).limit(1);
    if (ordered) return { kind: "refused", message: "This product has orders, so it is never deleted: archive it instead (it leaves the shop, its orders keep it)." };
    const variants = await tx.select().from(productVariants).where(eq(productVariants.productId, id));
    await tx.delete(products).where(eq(products.id, id));
    await recordStaffAction(tx, actor, {
      kind: "catalog.delete",
      record: { type: "product", id: String(id) },
      before: snapshot({ ...current, variants: variants.map((variant) => ({ ...variant, stockWas: undefined })) }),
      at: now,
    });
    await expireCachedCatalog(tx);
    return { kind: "deleted" };
  });
}

type Refusal = Extract<SaveResult, { kind: "invalid" | "refused" }>;

// A refusal found inside the transaction rolls back whatever was written before it.
class Refused extends Error {
  constructor(readonly result: SaveResult | DeleteResult) {
    super(result.kind);
  }
}

async function inTransaction<R extends SaveResult | DeleteResult>(db: Db, work: (tx: Tx) => Promise<R>): Promise<R> {
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      if (result.kind !== "saved" && result.kind !== "deleted") throw new Refused(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result as R;
    if (isUniqueViolation(error)) return { kind: "refused", message: "A SKU or slug was taken by another save at the same moment; nothing was saved. Save again." } as R;
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if (typeof cause === "object" && (cause as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

function productFields(input: ProductInput) {
  return {
    slug: input.slug,
    name: input.name,
    description: input.description,
    categoryId: input.categoryId,
    status: input.status,
    variantKind: input.variantKind,
    // The lowest variant price: listings show "from" it.
    priceCents: Math.min(...input.variants.map((variant) => variant.priceCents)),
  };
}

/** A slug, SKU or category that another product (or nothing) holds: refused against the field, before anything is written. */
async function findClashes(tx: Tx, input: ProductInput, productId: number | undefined): Promise<Refusal | undefined> {
  const fieldErrors: Record<string, string[]> = {};
  const otherProduct = productId === undefined ? undefined : ne(products.id, productId);
  const [slugHolder] = await tx.select({ id: products.id }).from(products).where(and(eq(products.slug, input.slug), otherProduct)).limit(1);
  const [oldSlugHolder] = await tx
    .select({ id: productSlugRedirects.productId })
    .from(productSlugRedirects)
    .where(and(eq(productSlugRedirects.oldSlug, input.slug), productId === undefined ? undefined : ne(productSlugRedirects.productId, productId)))
    .limit(1);
  if (slugHolder) fieldErrors.slug = [`Another product already has the slug ${input.slug}.`];
  else if (oldSlugHolder) fieldErrors.slug = [`${input.slug} was another product's address and still redirects to it; choose another slug.`];

  const skus = input.variants.map((variant) => variant.sku.toLowerCase());
  const taken = await tx
    .select({ sku: productVariants.sku, slug: products.slug })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(inArray(sql`lower(${productVariants.sku})`, skus), productId === undefined ? undefined : ne(productVariants.productId, productId)));
  input.variants.forEach((variant, index) => {
    const holder = taken.find((row) => row.sku.toLowerCase() === variant.sku.toLowerCase());
    if (holder) fieldErrors[`variants.${index}.sku`] = [`SKU ${variant.sku} is already used by ${holder.slug}.`];
  });

  if (input.categoryId !== null) {
    const [category] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, input.categoryId));
    if (!category) fieldErrors.categoryId = ["That category no longer exists; choose another."];
  }
  return Object.keys(fieldErrors).length > 0 ? { kind: "invalid", fieldErrors } : undefined;
}

/** The old URL keeps working: a permanent redirect from `from` to the product, and `to` no longer redirects (it is the product's own again). */
async function rememberOldSlug(tx: Tx, productId: number, from: string, to: string, now: Date) {
  await tx.delete(productSlugRedirects).where(and(eq(productSlugRedirects.oldSlug, to), eq(productSlugRedirects.productId, productId)));
  await tx
    .insert(productSlugRedirects)
    .values({ oldSlug: from, productId, createdAt: now })
    .onConflictDoUpdate({ target: productSlugRedirects.oldSlug, set: { productId, createdAt: now } });
}

/**
 * Variants as the form lists them: rows gone from the form are deleted
 * (refused if ever ordered), the rest updated or inserted in the form's
 * order. Stock moves only through the ledger (lib/catalog/stock-ledger.ts),
 * and only if the shelf still holds what the form was opened with.
 */
async function writeVariants(tx: Tx, actor: StaffActor, product: Product, existing: ProductVariant[], wanted: VariantInput[], now: Date): Promise<SaveResult> {
  const byId = new Map(existing.map((variant) => [variant.id, variant]));
  const unknown = wanted.findIndex((variant) => variant.id !== undefined && !byId.has(variant.id));
  if (unknown >= 0) return { kind: "invalid", fieldErrors: { [`variants.${unknown}.sku`]: ["This row is not one of the product's variants; reload the page."] } };

  const keep = wanted.flatMap((variant) => (variant.id === undefined ? [] : [variant.id]));
  const removed = existing.filter((variant) => !keep.includes(variant.id));
  if (removed.length > 0) {
    const ordered = await tx
      .selectDistinct({ variantId: orderItems.variantId })
      .from(orderItems)
      .where(inArray(orderItems.variantId, removed.map((variant) => variant.id)));
    const orderedSkus = removed.filter((variant) => ordered.some((row) => row.variantId === variant.id)).map((variant) => variant.sku);
    if (orderedSkus.length > 0) {
      return { kind: "refused", message: `${orderedSkus.join(", ")} ${orderedSkus.length === 1 ? "has" : "have"} been ordered, so cannot be removed: set the stock to 0 instead. Nothing was saved.` };
    }
    await tx.delete(productVariants).where(and(eq(productVariants.productId, product.id), notInArray(productVariants.id, keep.length > 0 ? keep : [0])));
  }

  const stockChanges: { variantId: number; stock: number; stockWas: number | undefined; sku: string; isNew: boolean }[] = [];
  for (const [position, variant] of wanted.entries()) {
    const fields = { sku: variant.sku, label: variant.label, priceCents: variant.priceCents, position };
    if (variant.id === undefined) {
      const [inserted] = await tx.insert(productVariants).values({ ...fields, productId: product.id, stock: 0 }).returning({ id: productVariants.id });
      if (variant.stock > 0) stockChanges.push({ variantId: inserted!.id, stock: variant.stock, stockWas: 0, sku: variant.sku, isNew: true });
    } else {
      await tx.update(productVariants).set(fields).where(eq(productVariants.id, variant.id));
      const before = byId.get(variant.id)!;
      if (variant.stock !== (variant.stockWas ?? before.stock)) {
        stockChanges.push({ variantId: variant.id, stock: variant.stock, stockWas: variant.stockWas ?? before.stock, sku: variant.sku, isNew: false });
      }
    }
  }
  for (const change of stockChanges) {
    // A sale (or another staff member) moved the shelf since the form was opened: a count typed over it would be wrong.
    const [shelf] = await tx.select({ stock: productVariants.stock }).from(productVariants).where(eq(productVariants.id, change.variantId)).for("update");
    if (!change.isNew && shelf!.stock !== change.stockWas) {
      return {
        kind: "refused",
        message: `The stock of ${change.sku} changed to ${shelf!.stock} since you opened the product (a sale, or another staff member). Nothing was saved: reload to see it, then set the stock again.`,
      };
    }
    const moved = await adjustStock(
      tx,
      actor,
      change.isNew
        ? { variantId: change.variantId, kind: "received", reason: "First stock, set in the product editor", setTo: change.stock }
        : { variantId: change.variantId, kind: "correction", reason: "Counted and set in the product editor", setTo: change.stock },
      now,
    );
    if (moved.kind === "refused") return { kind: "refused", message: `${change.sku}: ${moved.message} Nothing was saved.` };
  }
  return { kind: "saved", product };
}

type Snapshot = Record<string, unknown>;

/** The fields the audit log keeps for a product (stock has rows of its own in the ledger). */
function snapshot(product: Pick<ProductInput, "name" | "description" | "slug" | "categoryId" | "status" | "variantKind"> & { variants: Pick<VariantInput, "sku" | "label" | "priceCents">[] }): Snapshot {
  return {
    name: product.name,
    description: product.description,
    slug: product.slug,
    categoryId: product.categoryId,
    status: product.status,
    variantKind: product.variantKind,
    variants: product.variants.map((variant) => ({ sku: variant.sku, label: variant.label, priceCents: variant.priceCents })),
  };
}

/** Only what changed, before and after: the audit log's "before → after". */
function changes(before: Snapshot, after: Snapshot): [Snapshot, Snapshot] {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return [Object.fromEntries(keys.map((key) => [key, before[key]])), Object.fromEntries(keys.map((key) => [key, after[key]]))];
}
