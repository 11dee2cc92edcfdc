import Link from "next/link";
import { listCategoryChoices } from "@/lib/admin/catalog/product-list";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { getDb } from "@/lib/db";
import { AdminHeader } from "../../../_components/admin-header";
import { ProductEditorForm } from "../../../_components/catalog/product-editor-form";

export default async function NewProductPage() {
  const actor = await staffForPage();
  const categories = await listCategoryChoices(await getDb());
  return (
    <>
      <AdminHeader email={actor.email} current="products" />
      <main className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/admin/products" className="underline">
            ← Products
          </Link>
        </nav>
        <h1 className="text-2xl font-bold">New product</h1>
        <p className="text-sm text-slate-600">A new product starts as a draft: publish it when it is ready for the shop.</p>
        <ProductEditorForm product={undefined} categories={categories} />
      </main>
    </>
  );
}
