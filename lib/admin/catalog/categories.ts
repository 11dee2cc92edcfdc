import "server-only";
import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import { recordStaffAction } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { expireCachedCatalog } from "@/lib/catalog/catalog-cache";
import type { Db } from "@/lib/db";
import { categories, products, type Category } from "@/lib/db/schema";
import { parseCategoryForm, type CategoryInput } from "./category-input";

export type CategorySaveResult =
  | { kind: "saved"; category: Category }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "conflict"; updatedBy: string | null; updatedAt: Date }
  | { kind: "not-found" }
  | { kind: "refused"; message: string };

export type StaffCategoryRow = Category & { productCount: number };

function refuseActor(actor: StaffActor | undefined): string | undefined {
  if (!actor?.email) return "Sign in as staff to change the catalog.";
  if (!can(actor, "catalog.edit")) return "A read-only account cannot change the catalog.";
  return undefined;
}

/** Every category in shop order with how many products it holds (a shop has a handful; the list pages at 100 all the same). */
export async function listCategoriesForStaff(db: Db, actor: StaffActor | undefined, page = 1): Promise<StaffCategoryRow[]> {
  if (!actor) return [];
  const rows = await db
    .select({ category: categories, productCount: sql<number>`(select count(*)::int from products p where p.category_id = categories.id)` })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.id))
    .limit(100)
    .offset((Math.max(page, 1) - 1) * 100);
  return rows.map(({ category, productCount }) => ({ ...category, productCount }));
}

export async function loadCategoryForEditor(db: Db, actor: StaffActor | undefined, id: number): Promise<Category | undefined> {
  if (!actor) return undefined;
  const [category] = await db.select().from(categories).where(eq(categories.id, id));
  return category;
}

const fields = (input: CategoryInput) => ({ name: input.name, description: input.description, slug: input.slug, position: input.position });

/**
 * Creates (id undefined) or saves a category, only over the version the
 * form was opened with; one transaction with its audit row, and the shop's
 * cached pages expire (category names show on every listing).
 */
export async function saveCategory(
  db: Db,
  actor: StaffActor | undefined,
  target: { id: number; version: number } | undefined,
  form: Record<string, string>,
  now = new Date(),
): Promise<CategorySaveResult> {
  const refusal = refuseActor(actor);
  if (refusal || !actor) return { kind: "refused", message: refusal! };
  const parsed = parseCategoryForm(form);
  if (!parsed.ok) return { kind: "invalid", fieldErrors: parsed.fieldErrors };
  const input = parsed.value;
  return db.transaction(async (tx): Promise<CategorySaveResult> => {
    const [clash] = await tx
      .select({ total: count() })
      .from(categories)
      .where(and(eq(categories.slug, input.slug), target ? ne(categories.id, target.id) : undefined));
    if (clash && clash.total > 0) return { kind: "invalid", fieldErrors: { slug: [`Another category already has the slug ${input.slug}.`] } };
    if (!target) {
      const [created] = await tx.insert(categories).values({ ...fields(input), updatedAt: now, updatedBy: actor.email }).returning();
      await recordStaffAction(tx, actor, { kind: "catalog.create", record: { type: "category", id: String(created!.id) }, after: fields(input), at: now });
      await expireCachedCatalog(tx);
      return { kind: "saved", category: created! };
    }
    const [current] = await tx.select().from(categories).where(eq(categories.id, target.id)).for("update");
    if (!current) return { kind: "not-found" };
    if (current.version !== target.version) return { kind: "conflict", updatedBy: current.updatedBy, updatedAt: current.updatedAt };
    const [saved] = await tx
      .update(categories)
      .set({ ...fields(input), version: sql`${categories.version} + 1`, updatedAt: now, updatedBy: actor.email })
      .where(eq(categories.id, target.id))
      .returning();
    const before: Record<string, unknown> = fields(current);
    const after: Record<string, unknown> = fields(input);
    const changed = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    if (changed.length > 0) {
      await recordStaffAction(tx, actor, {
        kind: "catalog.update",
        record: { type: "category", id: String(target.id) },
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
        at: now,
      });
    }
    await expireCachedCatalog(tx);
    return { kind: "saved", category: saved! };
  });
}

/** How many products a category holds (the editor says so before anyone thinks of removing it). */
export async function countProductsInCategory(db: Db, id: number): Promise<number> {
  const [row] = await db.select({ total: count() }).from(products).where(eq(products.categoryId, id));
  return row?.total ?? 0;
}
