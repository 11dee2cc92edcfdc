import Link from "next/link";
import { notFound } from "next/navigation";
import { loadCategoryForEditor } from "@/lib/admin/catalog/categories";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { getDb } from "@/lib/db";
import { staffNamesByEmail } from "@/lib/staff/names";
import { nameOf } from "@/lib/staff/who";
import { AdminHeader } from "../../../_components/admin-header";
import { CategoryForm } from "../../../_components/catalog/category-form";
import { formatHkTime } from "../../../_components/hk-time";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditCategoryPage({ params, searchParams }: Props) {
  const actor = await staffForPage();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const db = await getDb();
  const category = await loadCategoryForEditor(db, actor, Number(id));
  if (!category) notFound();
  const names = await staffNamesByEmail(db, [category.updatedBy]);
  return (
    <>
      <AdminHeader email={actor.email} current="categories" />
      <main className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-8">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/admin/categories" className="underline">
            ← Categories
          </Link>
        </nav>
        <h1 className="text-2xl font-bold">{category.name.en}</h1>
        <p className="text-sm text-slate-600">
          Version {category.version}, last saved {formatHkTime(category.updatedAt)} (HKT){category.updatedBy ? ` by ${nameOf(names, category.updatedBy)}` : " by the demo seed"}.
        </p>
        {query.saved === "1" && (
          <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm">
            Saved. The shop shows it from the next page load, in every language.
          </p>
        )}
        <CategoryForm key={category.version} category={category} />
      </main>
    </>
  );
}
