import Link from "next/link";
import { listCategoriesForStaff } from "@/lib/admin/catalog/categories";
import { missingTranslations } from "@/lib/admin/catalog/product-input";
import { languageLabels } from "@/lib/admin/catalog/text";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { getDb } from "@/lib/db";
import { AdminHeader } from "../../_components/admin-header";

export default async function AdminCategoriesPage() {
  const actor = await staffForPage();
  const rows = await listCategoriesForStaff(await getDb(), actor);
  return (
    <>
      <AdminHeader email={actor.email} current="categories" />
      <main className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-8">
        <div className="flex items-center gap-3">
          <h1 className="text-2xl font-bold">Categories</h1>
          <Link href="/admin/categories/new" className="ml-auto rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white">
            New category
          </Link>
        </div>
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="p-3 text-left text-slate-600">Categories in the order the shop lists them</caption>
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="p-3">Order</th>
                <th className="p-3">Name</th>
                <th className="p-3">Slug</th>
                <th className="p-3 text-right">Products</th>
                <th className="p-3">Needs</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id} data-testid="category-row">
                  <td className="p-3 tabular-nums">{row.position}</td>
                  <td className="p-3">
                    <Link href={`/admin/categories/${row.id}`} className="font-medium underline">
                      {row.name.en}
                    </Link>
                    <span className="ml-2 text-slate-500">{row.name["zh-HK"]}</span>
                  </td>
                  <td className="p-3 font-mono text-xs">{row.slug}</td>
                  <td className="p-3 text-right tabular-nums">{row.productCount}</td>
                  <td className="p-3 text-xs">
                    {missingTranslations([row.name, row.description]).map((lang) => (
                      <span key={lang} className="mr-1 rounded-full bg-amber-100 px-2 py-0.5 text-amber-900">
                        No {languageLabels[lang]}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </>
  );
}
