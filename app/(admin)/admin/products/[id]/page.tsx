import Link from "next/link";
import { notFound } from "next/navigation";
import { loadProductForEditor } from "@/lib/admin/catalog/product-editor";
import { listCategoryChoices } from "@/lib/admin/catalog/product-list";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { getDb } from "@/lib/db";
import { staffNamesByEmail } from "@/lib/staff/names";
import { nameOf } from "@/lib/staff/who";
import { AdminHeader } from "../../../_components/admin-header";
import { DeleteProductForm } from "../../../_components/catalog/delete-product-form";
import { ProductEditorForm } from "../../../_components/catalog/product-editor-form";
import { ProductStatusBadge } from "../../../_components/catalog/status-badge";
import { formatHkTime } from "../../../_components/hk-time";
import { toEditorProduct } from "../editor-data";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditProductPage({ params, searchParams }: Props) {
  const actor = await staffForPage();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const db = await getDb();
  const [product, categories] = await Promise.all([loadProductForEditor(db, actor, Number(id)), listCategoryChoices(db)]);
  if (!product) notFound();
  const names = await staffNamesByEmail(db, [product.updatedBy]);
  return (
    <>
      <AdminHeader email={actor.email} current="products" />
      <main className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/admin/products" className="underline">
            ← Products
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{product.name.en}</h1>
          <ProductStatusBadge status={product.status} />
          <Link href={`/admin/products/${product.id}/pictures`} className="text-sm underline">
            Pictures
          </Link>
          {product.status === "published" && (
            <a href={`/products/${product.slug}`} target="_blank" rel="noreferrer" className="text-sm underline">
              View in the shop
            </a>
          )}
        </div>
        <p className="text-sm text-slate-600">
          Version {product.version}, last saved {formatHkTime(product.updatedAt)} (HKT){product.updatedBy ? ` by ${nameOf(names, product.updatedBy)}` : " by the demo seed"}.
        </p>
        {query.saved === "1" && (
          <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm">
            Saved. The shop shows it from the next page load, in every language.
          </p>
        )}
        {/* Keyed by version: after a save the form starts again from what was saved. */}
        <ProductEditorForm key={product.version} product={toEditorProduct(product)} categories={categories} />
        <section aria-labelledby="remove-heading" className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
          <h2 id="remove-heading" className="mb-2 font-semibold">
            Taking it out of the shop
          </h2>
          {product.ordered ? (
            <p>This product has orders, so it is never deleted. Set its status to Archived: it leaves the shop, and its orders, emails and CSVs keep it.</p>
          ) : (
            <>
              <p className="mb-2">Nobody has ordered it. Archive it to keep it for later, or delete it for good.</p>
              <DeleteProductForm productId={product.id} version={product.version} />
            </>
          )}
        </section>
      </main>
    </>
  );
}
