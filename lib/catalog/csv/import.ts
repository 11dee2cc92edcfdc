import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { recordStaffAction } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { catalogImports, categories, products, productVariants, type LocalizedText } from "@/lib/db/schema";
import type { Executor, Tx } from "@/lib/db/tx";
import { expireCachedCatalog } from "../catalog-cache";
import { adjustStockMany } from "../stock-ledger";
import { centsToDollars, parseCatalogCsv, type CatalogCsvRow, type RowError } from "./format";

/** A field a row changes, as the preview shows it: before → after. */
export type FieldChange = { field: string; before: string; after: string };
export type PlannedRow = { line: number; sku: string; productSlug: string; fields: FieldChange[] };

export type ImportPlan =
  | { kind: "plan"; rowCount: number; created: PlannedRow[]; changed: PlannedRow[]; unchanged: number; errors: RowError[]; hash: string }
  | { kind: "unreadable"; message: string };

type Row = CatalogCsvRow & { line: number };
type Existing = Awaited<ReturnType<typeof loadExisting>>;

/** Where a new product's art would be: the back office's placeholder, until staff upload a picture. */
const placeholderImagePath = "/products/placeholder.svg";
// Bound parameters per statement stay under PostgreSQL's 65,535.
const chunkSize = 2_000;

const localized = (text: LocalizedText | null) => (text ? [text.en, text["zh-HK"], text["zh-CN"]].join(" / ") : "");
const same = (a: LocalizedText | null, b: LocalizedText | null) => localized(a) === localized(b);

async function loadExisting(db: Executor, rows: Row[], lock: boolean) {
  const skus = [...new Set(rows.map((row) => row.sku))];
  const slugs = [...new Set(rows.map((row) => row.productSlug))];
  const variantQuery = db
    .select({ variant: productVariants, productSlug: products.slug })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(inArray(productVariants.sku, skus.length > 0 ? skus : [""]))
    .orderBy(asc(productVariants.id));
  const productQuery = db.select().from(products).where(inArray(products.slug, slugs.length > 0 ? slugs : [""])).orderBy(asc(products.id));
  // Locked in id order, products first, as the editor does: an import and a save take turns.
  const productRows = lock ? await productQuery.for("update") : await productQuery;
  const variantRows = lock ? await variantQuery.for("update", { of: productVariants }) : await variantQuery;
  const categoryRows = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
  return {
    variants: new Map(variantRows.map((row) => [row.variant.sku, row])),
    products: new Map(productRows.map((row) => [row.slug, row])),
    categoryIdBySlug: new Map(categoryRows.map((row) => [row.slug, row.id])),
    categorySlugById: new Map(categoryRows.map((row) => [row.id, row.slug])),
  };
}

function productFieldChanges(row: Row, existing: Existing): FieldChange[] {
  const product = existing.products.get(row.productSlug);
  if (!product) return [];
  const changes: FieldChange[] = [];
  if (!same(product.name, row.name)) changes.push({ field: "name", before: localized(product.name), after: localized(row.name) });
  const category = product.categoryId === null ? "" : (existing.categorySlugById.get(product.categoryId) ?? "");
  if (category !== (row.category ?? "")) changes.push({ field: "category", before: category, after: row.category ?? "" });
  if (product.status !== row.status) changes.push({ field: "status", before: product.status, after: row.status });
  if ((product.variantKind ?? "") !== (row.variantKind ?? "")) changes.push({ field: "variant_kind", before: product.variantKind ?? "", after: row.variantKind ?? "" });
  return changes;
}

/** Compares each row with the catalog. Pure given `existing`; the hash names exactly this preview. */
function plan(rows: Row[], parseErrors: RowError[], existing: Existing): Extract<ImportPlan, { kind: "plan" }> {
  const errors = [...parseErrors];
  const created: PlannedRow[] = [];
  const changed: PlannedRow[] = [];
  let unchanged = 0;
  const firstRowOf = new Map<string, Row>();
  const rowsPerProduct = new Map<string, number>();
  for (const row of rows) rowsPerProduct.set(row.productSlug, (rowsPerProduct.get(row.productSlug) ?? 0) + 1);
  for (const row of rows) {
    if (row.category && !existing.categoryIdBySlug.has(row.category)) {
      errors.push({ line: row.line, message: `category: no category ${row.category}` });
      continue;
    }
    const current = existing.variants.get(row.sku);
    if (current && current.productSlug !== row.productSlug) {
      errors.push({ line: row.line, message: `product_slug: ${row.sku} belongs to ${current.productSlug}; a SKU cannot move to another product` });
      continue;
    }
    const first = firstRowOf.get(row.productSlug);
    if (first) {
      const disagrees = productFieldsDiffering(first, row);
      if (disagrees.length > 0) {
        errors.push({ line: row.line, message: `${disagrees.join(", ")}: differs from line ${first.line}, another variant of ${row.productSlug}` });
        continue;
      }
    } else {
      firstRowOf.set(row.productSlug, row);
    }
    const isNewProduct = !existing.products.has(row.productSlug);
    if (isNewProduct && (rowsPerProduct.get(row.productSlug) ?? 0) > 1 && !row.variantKind) {
      errors.push({ line: row.line, message: "variant_kind: size or colour, for a new product with several variants" });
      continue;
    }
    const fields: FieldChange[] = first ? [] : productFieldChanges(row, existing);
    if (!current) {
      created.push({ line: row.line, sku: row.sku, productSlug: row.productSlug, fields: [{ field: "price_hkd", before: "", after: centsToDollars(row.priceCents) }, { field: "stock", before: "", after: String(row.stock) }] });
      continue;
    }
    const variant = current.variant;
    if (!same(variant.label, row.variantLabel)) fields.push({ field: "variant", before: localized(variant.label), after: localized(row.variantLabel) });
    if (variant.priceCents !== row.priceCents) fields.push({ field: "price_hkd", before: centsToDollars(variant.priceCents), after: centsToDollars(row.priceCents) });
    if (variant.stock !== row.stock) fields.push({ field: "stock", before: String(variant.stock), after: String(row.stock) });
    if (fields.length > 0) changed.push({ line: row.line, sku: row.sku, productSlug: row.productSlug, fields });
    else unchanged++;
  }
  errors.sort((a, b) => a.line - b.line);
  const hash = createHash("sha256").update(JSON.stringify({ created, changed, errors })).digest("hex").slice(0, 32);
  return { kind: "plan", rowCount: rows.length + parseErrors.length, created, changed, unchanged, errors, hash };
}

/** The rows of one product carry its name, category, status and kind: they must say the same. */
function productFieldsDiffering(a: Row, b: Row): string[] {
  const fields: string[] = [];
  if (!same(a.name, b.name)) fields.push("name");
  if (a.category !== b.category) fields.push("category");
  if (a.status !== b.status) fields.push("status");
  if (a.variantKind !== b.variantKind) fields.push("variant_kind");
  return fields;
}

function asProduct(row: Row, existing: Existing) {
  return { name: row.name, status: row.status, variantKind: row.variantKind, categoryId: row.category ? (existing.categoryIdBySlug.get(row.category) ?? null) : null };
}

/** The preview: what applying this file would do, row by row. Reads only. */
export async function previewImport(db: Executor, content: string): Promise<ImportPlan> {
  const parsed = parseCatalogCsv(content);
  if (parsed.kind === "unreadable") return parsed;
  return plan(parsed.rows, parsed.errors, await loadExisting(db, parsed.rows, false));
}

export type ApplyResult =
  | { kind: "applied"; created: number; changed: number }
  | { kind: "refused"; message: string }
  | { kind: "stale"; plan: ImportPlan };

/**
 * Applies an uploaded file, all or nothing, in one transaction: the rows
 * it touches are locked, the preview is made again and must be the one
 * staff saw (its hash), then products, variants, stock (through the ledger)
 * and one audit row for the whole import are written.
 */
export async function applyImport(db: Db, actor: StaffActor, input: { importId: number; hash: string }, now = new Date()): Promise<ApplyResult> {
  if (!can(actor, "catalog.edit")) return { kind: "refused", message: "A read-only account cannot import." };
  return db.transaction(async (tx) => {
    const [upload] = await tx.select().from(catalogImports).where(eq(catalogImports.id, input.importId)).for("update");
    if (!upload) return { kind: "refused", message: "That import is gone; upload the file again." };
    if (upload.appliedAt) return { kind: "refused", message: "That file was already applied." };
    const parsed = parseCatalogCsv(upload.content);
    if (parsed.kind === "unreadable") return { kind: "refused", message: parsed.message };
    const existing = await loadExisting(tx, parsed.rows, true);
    const fresh = plan(parsed.rows, parsed.errors, existing);
    if (fresh.hash !== input.hash) return { kind: "stale", plan: fresh };
    if (fresh.errors.length > 0) return { kind: "refused", message: "Rows with errors: fix them and upload the file again. Nothing was applied." };
    await writeRows(tx, actor, parsed.rows, existing, fresh, upload.id, now);
    await tx.update(catalogImports).set({ appliedBy: actor.email, appliedAt: now }).where(and(eq(catalogImports.id, upload.id), isNull(catalogImports.appliedAt)));
    await recordStaffAction(tx, actor, {
      kind: "catalog.update",
      record: { type: "catalog_import", id: String(upload.id) },
      after: { file: upload.fileName, created: fresh.created, changed: fresh.changed },
      at: now,
    });
    await expireCachedCatalog(tx, "everything");
    return { kind: "applied", created: fresh.created.length, changed: fresh.changed.length };
  });
}

async function writeRows(tx: Tx, actor: StaffActor, rows: Row[], existing: Existing, planned: Extract<ImportPlan, { kind: "plan" }>, importId: number, now: Date) {
  const touched = new Set([...planned.created, ...planned.changed].map((row) => row.sku));
  const mine = rows.filter((row) => touched.has(row.sku));
  const firstOfProduct = new Map<string, Row>();
  for (const row of mine) if (!firstOfProduct.has(row.productSlug)) firstOfProduct.set(row.productSlug, row);
  const productIds = new Map([...existing.products].map(([slug, product]) => [slug, product.id]));

  // New products first (draft art: the placeholder), priced for now at their first row; fixed below.
  const newProducts = [...firstOfProduct.values()].filter((row) => !existing.products.has(row.productSlug));
  for (const batch of chunks(newProducts, chunkSize)) {
    const inserted = await tx
      .insert(products)
      .values(batch.map((row) => ({ slug: row.productSlug, ...asProduct(row, existing), description: { en: "", "zh-HK": "", "zh-CN": "" }, priceCents: row.priceCents, imagePath: placeholderImagePath, createdAt: now, updatedAt: now, updatedBy: actor.email })))
      .returning({ id: products.id, slug: products.slug });
    for (const product of inserted) productIds.set(product.slug, product.id);
  }
  // Changed products: fields, and the version the editor checks, so an open editor's save is refused.
  const changedProducts = [...firstOfProduct.values()].filter((row) => existing.products.has(row.productSlug) && productFieldChanges(row, existing).length > 0);
  for (const batch of chunks(changedProducts, chunkSize)) {
    const values = sql.join(
      batch.map((row) => {
        const fields = asProduct(row, existing);
        return sql`(${productIds.get(row.productSlug)!}::int, ${JSON.stringify(fields.name)}::jsonb, ${fields.categoryId}::int, ${fields.status}::product_status, ${fields.variantKind}::text)`;
      }),
      sql`, `,
    );
    await tx.execute(sql`update products as p set name = v.name, category_id = v.category_id, status = v.status, variant_kind = v.variant_kind,
      version = p.version + 1, updated_at = ${now.toISOString()}::timestamptz, updated_by = ${actor.email}
      from (values ${values}) as v(id, name, category_id, status, variant_kind) where p.id = v.id`);
  }
  // New variants come in at 0 and receive their stock through the ledger, like the editor's.
  const newVariants = mine.filter((row) => !existing.variants.has(row.sku));
  const variantIds = new Map([...existing.variants].map(([sku, row]) => [sku, row.variant.id]));
  for (const batch of chunks(newVariants, chunkSize)) {
    const inserted = await tx
      .insert(productVariants)
      .values(batch.map((row) => ({ productId: productIds.get(row.productSlug)!, sku: row.sku, label: row.variantLabel, priceCents: row.priceCents, stock: 0, position: row.line })))
      .returning({ id: productVariants.id, sku: productVariants.sku });
    for (const variant of inserted) variantIds.set(variant.sku, variant.id);
  }
  const changedVariants = mine.filter((row) => {
    const current = existing.variants.get(row.sku)?.variant;
    return current && (current.priceCents !== row.priceCents || !same(current.label, row.variantLabel));
  });
  for (const batch of chunks(changedVariants, chunkSize)) {
    const values = sql.join(
      batch.map((row) => sql`(${variantIds.get(row.sku)!}::int, ${row.priceCents}::int, ${row.variantLabel ? JSON.stringify(row.variantLabel) : null}::jsonb)`),
      sql`, `,
    );
    await tx.execute(sql`update product_variants as pv set price_cents = v.price_cents, label = v.label from (values ${values}) as v(id, price_cents, label) where pv.id = v.id`);
  }
  const stock = await adjustStockMany(
    tx,
    actor,
    mine.map((row) => ({ variantId: variantIds.get(row.sku)!, kind: existing.variants.has(row.sku) ? "correction" : "received", setTo: row.stock, reason: `CSV import #${importId}, line ${row.line}` })),
    now,
  );
  if (stock.kind === "refused") throw new Error(`stock refused inside an import that was checked: ${stock.message}`);
  // A product's listed price is its lowest variant's (decision 005).
  const ids = [...new Set(mine.map((row) => productIds.get(row.productSlug)!))];
  for (const batch of chunks(ids, chunkSize)) {
    await tx
      .update(products)
      .set({ priceCents: sql`(select min(pv.price_cents) from product_variants pv where pv.product_id = ${products.id})` })
      .where(inArray(products.id, batch));
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Keeps an uploaded file for its preview and apply; returns its id. */
export async function storeImport(db: Db, actor: StaffActor, input: { fileName: string; content: string }): Promise<number> {
  const [row] = await db.insert(catalogImports).values({ fileName: input.fileName.slice(0, 200), content: input.content, uploadedBy: actor.email }).returning({ id: catalogImports.id });
  return row!.id;
}

export async function getImport(db: Executor, importId: number) {
  const [row] = await db.select().from(catalogImports).where(eq(catalogImports.id, importId));
  return row;
}
