import Link from "next/link";
import { listCategoryChoices } from "@/lib/admin/catalog/product-list";
import { requireStaff } from "@/lib/auth/staff";
import { getDb } from "@/lib/db";
import { AdminHeader } from "../../../_components/admin-header";
import { ProductEditorForm } from "../../../_components/catalog/product-editor-form";

export default async function NewProductPage() {
  const staff = await requireStaff();
  const categories = await listCategoryChoices(await getDb());
  return (
    <>
      <AdminHeader email={staff.email} current="products" />
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
