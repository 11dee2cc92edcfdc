import Link from "next/link";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { AdminHeader } from "../../../_components/admin-header";
import { CategoryForm } from "../../../_components/catalog/category-form";

export default async function NewCategoryPage() {
  const actor = await staffForPage();
  return (
    <>
      <AdminHeader email={actor.email} current="categories" />
      <main className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-8">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/admin/categories" className="underline">
            ← Categories
          </Link>
        </nav>
        <h1 className="text-2xl font-bold">New category</h1>
        <CategoryForm category={undefined} />
      </main>
    </>
  );
}
