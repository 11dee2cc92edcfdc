import Image from "next/image";
import Link from "next/link";
import { parseProductFilter, productFilterQuery, productPageSize } from "@/lib/admin/catalog/product-filters";
import { listCategoryChoices, listProductsForStaff } from "@/lib/admin/catalog/product-list";
import { languageLabels } from "@/lib/admin/catalog/text";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { picturesForProducts } from "@/lib/catalog/pictures/store";
import { getDb } from "@/lib/db";
import { formatHkd } from "@/lib/money";
import { AdminHeader } from "../../_components/admin-header";
import { ProductFilterForm } from "../../_components/catalog/product-filter-form";
import { ProductStatusBadge } from "../../_components/catalog/status-badge";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminProductsPage({ searchParams }: Props) {
  const actor = await staffForPage();
  const params = await searchParams;
  const { filter, problems } = parseProductFilter(params);
  const db = await getDb();
  const [{ rows, total }, categories] = await Promise.all([listProductsForStaff(db, actor, filter), listCategoryChoices(db)]);
  // The first uploaded picture's smallest WebP, else the product's art (the seed's SVG, or the placeholder).
  const pictures = await picturesForProducts({ productIds: rows.map((row) => row.id) });
  const thumbnailOf = (id: number) => pictures.find((picture) => picture.productId === id)?.sources.find((source) => source.format === "webp")?.url;
  const pages = Math.max(1, Math.ceil(total / productPageSize));
  const pageLink = (page: number) => `/admin/products?${productFilterQuery(filter, page)}`;
  return (
    <>
      <AdminHeader email={actor.email} current="products" />
      <main className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">Products</h1>
          {/* A plain link: the file downloads. */}
          <a href="/admin/products/export.csv" className="ml-auto text-sm underline">
            Download CSV
          </a>
          <Link href="/admin/products/import" className="text-sm underline">
            Import CSV
          </Link>
          <Link href="/admin/products/new" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white">
            New product
          </Link>
        </div>
        {params.deleted === "1" && (
          <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm">
            The product was deleted.
          </p>
        )}
        <ProductFilterForm filter={filter} categories={categories} />
        {problems.length > 0 && (
          <ul role="status" className="list-disc rounded-md border border-amber-300 bg-amber-50 p-3 pl-8 text-sm text-amber-900">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="p-3 text-left text-sm text-slate-600">
              Products: {total} found{total > productPageSize ? `, page ${filter.page} of ${pages}` : ""}
            </caption>
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="p-3">
                  <span className="sr-only">Picture</span>
                </th>
                <th className="p-3">Name</th>
                <th className="p-3">Status</th>
                <th className="p-3 text-right">Price</th>
                <th className="p-3 text-right">Stock</th>
                <th className="p-3">Needs</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.length === 0 && (
                <tr>
                  <td colSpan={6} className="p-6 text-center text-slate-500">
                    No products match.
                  </td>
                </tr>
              )}
              {rows.map((row) => (
                <tr key={row.id} data-testid="product-row">
                  <td className="p-3">
                    {thumbnailOf(row.id) ? (
                      // eslint-disable-next-line @next/next/no-img-element -- a rendition made at upload; the optimiser would only redo it
                      <img src={thumbnailOf(row.id)} alt="" width={48} height={48} loading="lazy" className="h-12 w-12 rounded-md border border-slate-200 bg-white object-cover" />
                    ) : (
                      <Image src={row.imagePath} alt="" width={48} height={48} className="h-12 w-12 rounded-md border border-slate-200 bg-white" />
                    )}
                  </td>
                  <td className="p-3">
                    <Link href={`/admin/products/${row.id}`} className="font-medium underline">
                      {row.name.en}
                    </Link>
                    <div className="text-xs text-slate-500">
                      {row.categoryName ?? "No category"} · {row.variantCount} {row.variantCount === 1 ? "variant" : "variants"}
                    </div>
                  </td>
                  <td className="p-3">
                    <ProductStatusBadge status={row.status} />
                  </td>
                  <td className="p-3 text-right tabular-nums whitespace-nowrap">
                    {row.minPriceCents === row.maxPriceCents ? formatHkd(row.minPriceCents) : `${formatHkd(row.minPriceCents)} – ${formatHkd(row.maxPriceCents)}`}
                  </td>
                  <td className="p-3 text-right tabular-nums">{row.totalStock}</td>
                  <td className="flex flex-wrap gap-1 p-3 text-xs">
                    {row.lowStockVariants > 0 && <span className="rounded-full bg-red-100 px-2 py-0.5 text-red-800">Low stock ({row.lowStockVariants})</span>}
                    {row.missing.map((lang) => (
                      <span key={lang} className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900">
                        No {languageLabels[lang]}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {pages > 1 && (
          <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
            {filter.page > 1 && (
              <Link href={pageLink(filter.page - 1)} className="underline">
                ← Previous page
              </Link>
            )}
            <span>
              Page {filter.page} of {pages}
            </span>
            {filter.page < pages && (
              <Link href={pageLink(filter.page + 1)} className="underline">
                Next page →
              </Link>
            )}
          </nav>
        )}
      </main>
    </>
  );
}
