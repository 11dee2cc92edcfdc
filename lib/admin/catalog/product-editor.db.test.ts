import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { cacheTagExpiries, categories, orderItems, products, productSlugRedirects, productVariants, staff, staffAudit, stockMovements } from "@/lib/db/schema";
import { catalogTagsToExpire } from "@/lib/catalog/catalog-cache";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { placeOrder } from "@/lib/orders/test-support";

const next = vi.hoisted(() => ({ session: null as null | { role: string; staffSessionId: string } }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${to}`), { digest: `NEXT_REDIRECT;${to}` });
  },
}));
// The real lib/auth/staff.ts runs, with a real session row; only next-auth's cookie lookup is stood in for.
vi.mock("next-auth", () => ({ getServerSession: async () => next.session }));

const { createProduct, deleteProduct, loadProductForEditor, saveProduct } = await import("./product-editor");
const { saveCategory } = await import("./categories");
const { deleteProductAction, saveCategoryAction, saveProductAction } = await import("./actions");
const { listProductsForStaff } = await import("./product-list");
const { startStaffSession } = await import("@/lib/staff/sessions");

/** A staff member's session as next-auth would hand it over: the cookie names a session row. */
async function signedInSession() {
  const [member] = await database.db
    .insert(staff)
    .values({ email: "staff@harbour.test", name: "Staff", role: "staff" })
    .onConflictDoUpdate({ target: staff.email, set: { name: "Staff" } })
    .returning({ id: staff.id });
  return { role: "staff", staffSessionId: await startStaffSession(database.db, member!.id) };
}
const { parseProductFilter } = await import("./product-filters");

let database: TestDatabase;
let categoryId: number;
beforeAll(async () => {
  database = await createTestDatabase();
  const { seedCatalog } = await import("@/lib/db/seed");
  await seedCatalog(database.db);
  [{ id: categoryId }] = (await database.db.select({ id: categories.id }).from(categories).where(eq(categories.slug, "out-and-about"))) as [{ id: number }];
});
afterAll(async () => {
  await database.drop();
});
beforeEach(() => {
  next.session = null;
});

/** When the whole cached catalog was last expired (lib/cache/expiries.ts), as the transaction id that did it. */
async function catalogExpiry(): Promise<string | undefined> {
  const [tag] = catalogTagsToExpire("everything");
  const [row] = await database.db.select({ xid: cacheTagExpiries.xid }).from(cacheTagExpiries).where(eq(cacheTagExpiries.tag, tag!));
  return row === undefined ? undefined : String(row.xid);
}

const ann: StaffActor = { id: "ann", email: "ann@harbour.test", name: "Ann", role: "owner" };
const ben: StaffActor = { id: "ben", email: "ben@harbour.test", name: "Ben", role: "staff" };

let serial = 0;
function umbrellaForm(overrides: Record<string, string> = {}) {
  serial += 1;
  return {
    "name.en": `Harbour Umbrella ${serial}`,
    "name.zh-HK": `海港雨傘 ${serial}`,
    "name.zh-CN": `海港雨伞 ${serial}`,
    "description.en": "Keeps the typhoon rain off.",
    "description.zh-HK": "擋住颱風雨。",
    "description.zh-CN": "挡住台风雨。",
    slug: "",
    categoryId: String(categoryId),
    status: "published",
    variantKind: "colour",
    "variants.0.sku": `umb-${serial}-navy`,
    "variants.0.label.en": "Navy",
    "variants.0.label.zh-HK": "深藍",
    "variants.0.label.zh-CN": "深蓝",
    "variants.0.price": "128.50",
    "variants.0.stock": "12",
    "variants.1.sku": `umb-${serial}-red`,
    "variants.1.label.en": "Red",
    "variants.1.label.zh-HK": "紅",
    "variants.1.label.zh-CN": "红",
    "variants.1.price": "138",
    "variants.1.stock": "3",
    ...overrides,
  };
}

/** The editor's form for a product as it stands: what staff see when they open it. */
async function openForm(id: number): Promise<{ version: number; form: Record<string, string> }> {
  const product = (await loadProductForEditor(database.db, ann, id))!;
  const form: Record<string, string> = {
    "name.en": product.name.en,
    "name.zh-HK": product.name["zh-HK"],
    "name.zh-CN": product.name["zh-CN"],
    "description.en": product.description.en,
    "description.zh-HK": product.description["zh-HK"],
    "description.zh-CN": product.description["zh-CN"],
    slug: product.slug,
    categoryId: String(product.categoryId ?? ""),
    status: product.status,
    variantKind: product.variantKind ?? "none",
  };
  product.variants.forEach((variant, index) => {
    Object.assign(form, {
      [`variants.${index}.id`]: String(variant.id),
      [`variants.${index}.sku`]: variant.sku,
      [`variants.${index}.label.en`]: variant.label?.en ?? "",
      [`variants.${index}.label.zh-HK`]: variant.label?.["zh-HK"] ?? "",
      [`variants.${index}.label.zh-CN`]: variant.label?.["zh-CN"] ?? "",
      [`variants.${index}.price`]: (variant.priceCents / 100).toFixed(2),
      [`variants.${index}.stock`]: String(variant.stock),
      [`variants.${index}.stockWas`]: String(variant.stock),
    });
  });
  return { version: product.version, form };
}

async function created(overrides: Record<string, string> = {}) {
  const result = await createProduct(database.db, ann, umbrellaForm(overrides));
  if (result.kind !== "saved") throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.product;
}

const productRow = async (id: number) => (await database.db.select().from(products).where(eq(products.id, id)))[0];
const variantsOf = (id: number) => database.db.select().from(productVariants).where(eq(productVariants.productId, id)).orderBy(productVariants.position);
const auditOf = (type: string, id: number) =>
  database.db.select().from(staffAudit).where(and(eq(staffAudit.recordType, type), eq(staffAudit.recordId, String(id)))).orderBy(staffAudit.id);

function toFormData(record: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(record)) data.set(key, value);
  return data;
}

describe("creating a product", () => {
  it("writes it with two variants in three languages, prices in cents, first stock through the ledger, an audit row, and expires the shop's cache", async () => {
    const expiredBefore = await catalogExpiry();
    const product = await created();
    expect(product).toMatchObject({ status: "published", version: 1, priceCents: 12850, slug: `harbour-umbrella-${serial}`, updatedBy: "ann@harbour.test" });
    const variants = await variantsOf(product.id);
    expect(variants.map((v) => [v.label?.["zh-HK"], v.priceCents, v.stock, v.position])).toEqual([
      ["深藍", 12850, 12, 0],
      ["紅", 13800, 3, 1],
    ]);
    const ledger = await database.db.select().from(stockMovements).where(eq(stockMovements.variantId, variants[0]!.id));
    expect(ledger).toMatchObject([{ kind: "received", delta: 12, stockAfter: 12, actor: "ann@harbour.test" }]);
    const audit = await auditOf("product", product.id);
    expect(audit).toMatchObject([{ kind: "catalog.create", actorEmail: "ann@harbour.test", before: null }]);
    expect(audit[0]!.after).toMatchObject({ slug: product.slug, status: "published", variants: [{ priceCents: 12850 }, { priceCents: 13800 }] });
    // Expired in the saving transaction: every instance renders the catalog afresh once it commits.
    expect(await catalogExpiry()).not.toBe(expiredBefore);
  });

  it("refuses a negative price and a SKU another product has, against their fields, and writes nothing", async () => {
    const before = await database.db.select().from(products);
    const expiredBefore = await catalogExpiry();
    const negative = await createProduct(database.db, ann, umbrellaForm({ "variants.0.price": "-12.00" }));
    expect(negative).toEqual({ kind: "invalid", fieldErrors: { "variants.0.price": ["A price cannot be negative."] } });
    const duplicate = await createProduct(database.db, ann, umbrellaForm({ "variants.1.sku": "JASMINE-TEA" }));
    expect(duplicate).toEqual({ kind: "invalid", fieldErrors: { "variants.1.sku": ["SKU JASMINE-TEA is already used by jasmine-tea."] } });
    const takenSlug = await createProduct(database.db, ann, umbrellaForm({ slug: "clay-teapot" }));
    expect(takenSlug).toEqual({ kind: "invalid", fieldErrors: { slug: ["Another product already has the slug clay-teapot."] } });
    expect(await database.db.select().from(products)).toHaveLength(before.length);
    expect(await catalogExpiry()).toBe(expiredBefore);
  });
});

describe("saving over another staff member's save", () => {
  it("the later save from an older copy is refused with who saved and when, and changes nothing", async () => {
    const product = await created();
    const annOpens = await openForm(product.id);
    const benOpens = await openForm(product.id);
    const at = new Date("2026-12-02T09:30:00Z");
    const first = await saveProduct(database.db, ben, product.id, benOpens.version, { ...benOpens.form, "variants.0.price": "99.00" }, at);
    expect(first.kind).toBe("saved");
    const second = await saveProduct(database.db, ann, product.id, annOpens.version, { ...annOpens.form, "name.en": "Ann's name" });
    expect(second).toEqual({ kind: "conflict", updatedBy: "ben@harbour.test", updatedAt: at });
    expect(await productRow(product.id)).toMatchObject({ version: 2, name: { en: product.name.en }, priceCents: 9900, updatedBy: "ben@harbour.test" });
  });

  it("the action says who and when, in words", async () => {
    const product = await created();
    const stale = await openForm(product.id);
    await saveProduct(database.db, ben, product.id, stale.version, stale.form, new Date("2026-12-02T09:30:00Z"));
    next.session = await signedInSession();
    const state = await saveProductAction({ status: "idle" }, toFormData({ ...stale.form, productId: String(product.id), version: String(stale.version) }));
    expect(state.status).toBe("error");
    expect(state.message).toBe(
      "Not saved: ben@harbour.test saved this product at 2 Dec 2026, 17:30:00 (Hong Kong time), after you opened it. " +
        "What you typed is still here: open the product in a new tab to see their changes, then make yours there.",
    );
  });
});

describe("editing a product", () => {
  it("records before → after of what changed, and moves stock through the ledger only when the shelf still holds what the form showed", async () => {
    const product = await created();
    const opened = await openForm(product.id);
    const saved = await saveProduct(database.db, ben, product.id, opened.version, { ...opened.form, "name.zh-CN": "新名字", "variants.1.stock": "7" });
    expect(saved.kind).toBe("saved");
    const [, update] = await auditOf("product", product.id);
    expect(update).toMatchObject({ kind: "catalog.update", actorEmail: "ben@harbour.test", before: { name: product.name }, after: { name: { ...product.name, "zh-CN": "新名字" } } });
    const variants = await variantsOf(product.id);
    expect(variants[1]!.stock).toBe(7);
    expect(await database.db.select().from(stockMovements).where(eq(stockMovements.variantId, variants[1]!.id)).orderBy(stockMovements.id)).toMatchObject([
      { kind: "received", stockAfter: 3 },
      { kind: "correction", delta: 4, stockAfter: 7, actor: "ben@harbour.test" },
    ]);

    // A sale takes one meanwhile: a count typed over the old figure is refused, and nothing else is saved either.
    const again = await openForm(product.id);
    await database.db.update(productVariants).set({ stock: 6 }).where(eq(productVariants.id, variants[1]!.id));
    const refused = await saveProduct(database.db, ben, product.id, again.version, { ...again.form, "name.en": "Changed", "variants.1.stock": "10" });
    expect(refused).toEqual({ kind: "refused", message: expect.stringContaining(`The stock of ${variants[1]!.sku} changed to 6 since you opened the product`) });
    expect(await productRow(product.id)).toMatchObject({ name: { en: product.name.en }, version: again.version });
  });

  it("a new slug keeps the old URL as a redirect; going back to it drops the redirect", async () => {
    const product = await created();
    const opened = await openForm(product.id);
    await saveProduct(database.db, ann, product.id, opened.version, { ...opened.form, slug: "harbour-brolly" });
    expect(await database.db.select().from(productSlugRedirects).where(eq(productSlugRedirects.productId, product.id))).toMatchObject([{ oldSlug: product.slug }]);
    // Nobody else may take the old address while it redirects.
    const thief = await createProduct(database.db, ann, umbrellaForm({ slug: product.slug }));
    expect(thief).toEqual({ kind: "invalid", fieldErrors: { slug: [`${product.slug} was another product's address and still redirects to it; choose another slug.`] } });
    const back = await openForm(product.id);
    await saveProduct(database.db, ann, product.id, back.version, { ...back.form, slug: product.slug });
    expect((await database.db.select().from(productSlugRedirects).where(eq(productSlugRedirects.productId, product.id))).map((row) => row.oldSlug)).toEqual(["harbour-brolly"]);
  });

  it("a read-only account is refused", async () => {
    const product = await created();
    const opened = await openForm(product.id);
    const result = await saveProduct(database.db, { ...ben, role: "read_only" }, product.id, opened.version, opened.form);
    expect(result).toEqual({ kind: "refused", message: "A read-only account cannot change the catalog." });
  });
});

describe("a product with orders is never deleted", () => {
  it("deleting it, or removing an ordered variant, is refused; the database refuses it too; archiving is the way", async () => {
    const orderId = await placeOrder(database.db);
    const [item] = await database.db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).limit(1);
    const ordered = await openForm(item!.productId!);
    expect(await deleteProduct(database.db, ann, item!.productId!, ordered.version)).toEqual({
      kind: "refused",
      message: "This product has orders, so it is never deleted: archive it instead (it leaves the shop, its orders keep it).",
    });
    await expect(database.db.delete(products).where(eq(products.id, item!.productId!))).rejects.toThrow();
    const archived = await saveProduct(database.db, ann, item!.productId!, ordered.version, { ...ordered.form, status: "archived" });
    expect(archived).toMatchObject({ kind: "saved", product: { status: "archived" } });
    const [orderLine] = await database.db.select().from(orderItems).where(eq(orderItems.id, item!.id));
    expect(orderLine).toMatchObject({ productId: item!.productId, name: item!.name });
  });

  it("a variant that was ordered cannot be removed from its product: nothing is saved", async () => {
    const product = await created();
    const [navy] = await variantsOf(product.id);
    const orderId = await placeOrder(database.db);
    await database.db.insert(orderItems).values({ orderId, productId: product.id, variantId: navy!.id, name: product.name, imagePath: product.imagePath, unitPriceCents: 100, quantity: 1, lineTotalCents: 100 });
    const opened = await openForm(product.id);
    const withoutNavy = Object.fromEntries(
      Object.entries(opened.form)
        .filter(([key]) => !key.startsWith("variants.0."))
        .map(([key, value]) => [key.replace(/^variants\.1\./, "variants.0."), value]),
    );
    const result = await saveProduct(database.db, ann, product.id, opened.version, { ...withoutNavy, "name.en": "Without navy" });
    expect(result).toEqual({ kind: "refused", message: `${navy!.sku} has been ordered, so cannot be removed: set the stock to 0 instead. Nothing was saved.` });
    expect(await variantsOf(product.id)).toHaveLength(2);
    expect(await productRow(product.id)).toMatchObject({ name: { en: product.name.en }, version: 1 });
  });

  it("a draft nobody ordered can be deleted, with an audit row of what it was", async () => {
    const product = await created({ status: "draft" });
    expect(await deleteProduct(database.db, ann, product.id, 1)).toEqual({ kind: "deleted" });
    expect(await productRow(product.id)).toBeUndefined();
    expect((await auditOf("product", product.id)).map((row) => row.kind)).toEqual(["catalog.create", "catalog.delete"]);
  });
});

describe("staff only, checked where the data is touched", () => {
  it("every catalog action called directly without a session refuses and changes nothing", async () => {
    const product = await created();
    const opened = await openForm(product.id);
    const before = await productRow(product.id);
    const categoriesBefore = await database.db.select().from(categories);
    const answers = [
      await saveProductAction({ status: "idle" }, toFormData({ ...opened.form, productId: String(product.id), version: String(opened.version), "name.en": "Stranger" })),
      await saveProductAction({ status: "idle" }, toFormData(umbrellaForm())),
      await deleteProductAction({ status: "idle" }, toFormData({ productId: String(product.id), version: String(opened.version) })),
      await saveCategoryAction({ status: "idle" }, toFormData({ "name.en": "Stranger's", "description.en": "x" })),
    ];
    for (const answer of answers) expect(answer).toMatchObject({ status: "error", message: expect.stringContaining("your staff session has ended") });
    expect(await productRow(product.id)).toEqual(before);
    expect(await database.db.select().from(categories)).toEqual(categoriesBefore);
    // The data functions themselves refuse a missing actor too.
    expect(await saveProduct(database.db, undefined, product.id, opened.version, opened.form)).toEqual({ kind: "refused", message: "Sign in as staff to change the catalog." });
    expect(await listProductsForStaff(database.db, undefined, parseProductFilter({}).filter)).toEqual({ rows: [], total: 0 });
  });

  it("with a session the action saves and goes back to the product with the new version", async () => {
    const product = await created();
    const opened = await openForm(product.id);
    next.session = await signedInSession();
    await expect(
      saveProductAction({ status: "idle" }, toFormData({ ...opened.form, productId: String(product.id), version: String(opened.version), "variants.0.price": "150" })),
    ).rejects.toMatchObject({ digest: `NEXT_REDIRECT;/admin/products/${product.id}?saved=1` });
    expect(await productRow(product.id)).toMatchObject({ version: 2, priceCents: 13800, updatedBy: "staff@harbour.test" });
  });
});

describe("categories", () => {
  it("are created and saved in three languages, refused over a newer save, with audit rows", async () => {
    const created = await saveCategory(database.db, ann, undefined, { "name.en": "Rain gear", "name.zh-HK": "雨具", "name.zh-CN": "雨具", "description.en": "For wet days.", position: "9" });
    expect(created).toMatchObject({ kind: "saved", category: { slug: "rain-gear", position: 9, version: 1 } });
    const id = created.kind === "saved" ? created.category.id : 0;
    const form = { "name.en": "Rain & wind", "description.en": "For wet days.", slug: "rain-gear", position: "9" };
    expect(await saveCategory(database.db, ben, { id, version: 1 }, form)).toMatchObject({ kind: "saved", category: { version: 2 } });
    expect(await saveCategory(database.db, ann, { id, version: 1 }, { ...form, "name.en": "Late" })).toMatchObject({ kind: "conflict", updatedBy: "ben@harbour.test" });
    expect(await saveCategory(database.db, ann, { id, version: 2 }, { ...form, slug: "tea" })).toEqual({
      kind: "invalid",
      fieldErrors: { slug: ["Another category already has the slug tea."] },
    });
    expect((await auditOf("category", id)).map((row) => row.kind)).toEqual(["catalog.create", "catalog.update"]);
  });
});

describe("the staff product list", () => {
  it("finds a product by its Chinese name or a SKU, in any status, with its price range, total stock and missing translations", async () => {
    const product = await created({ status: "draft", "name.zh-CN": "", "variants.1.stock": "0" });
    const list = (params: Record<string, string>) => listProductsForStaff(database.db, ann, parseProductFilter(params).filter);
    const byChinese = await list({ q: product.name["zh-HK"] });
    expect(byChinese.rows).toMatchObject([
      { id: product.id, status: "draft", minPriceCents: 12850, maxPriceCents: 13800, totalStock: 12, variantCount: 2, missing: ["zh-CN"], lowStockVariants: 1 },
    ]);
    expect((await list({ q: `UMB-${serial}-RED` })).rows.map((row) => row.id)).toEqual([product.id]);
    expect((await list({ q: product.name.en, status: "published" })).rows).toEqual([]);
    expect((await list({ stock: "out" })).rows.map((row) => row.id)).toContain(product.id);
    const seededTotal = (await database.db.select().from(products)).length;
    const page2 = await list({ page: "2", sort: "name" });
    expect(page2.total).toBe(seededTotal);
    expect(page2.rows).toHaveLength(Math.min(25, seededTotal - 25));
  });
});
