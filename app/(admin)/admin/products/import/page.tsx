import Link from "next/link";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { catalogCsvColumns } from "@/lib/catalog/csv/format";
import { AdminHeader } from "../../../_components/admin-header";
import { importNotices } from "./notices";

type Props = { searchParams: Promise<{ notice?: string | string[] }> };

export default async function CatalogImportPage({ searchParams }: Props) {
  const actor = await staffForPage();
  const { notice } = await searchParams;
  const message = typeof notice === "string" ? importNotices[notice] : undefined;
  return (
    <>
      <AdminHeader email={actor.email} />
      <main className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-8 text-sm">
        <Link href="/admin/products" className="underline">
          ← Products
        </Link>
        <h1 className="text-xl font-bold">Import products by CSV</h1>
        <p role="alert" className="min-h-5 font-medium text-red-700">
          {message ?? ""}
        </p>
        <p>
          Start from{" "}
          <a href="/admin/products/export.csv" className="underline">
            the catalog export
          </a>{" "}
          (one row per variant), change it in a spreadsheet and upload it here. Rows are matched by SKU: a new SKU adds a variant, or a product when its
          product_slug is new. You see what would change before anything does; applying is all or nothing.
        </p>
        <p className="text-slate-600">
          Columns: <code>{catalogCsvColumns.join(", ")}</code>. Prices in dollars and cents (88.50); stock is the count on the shelf, written to the
          stock ledger as a correction. UTF-8, with or without a BOM.
        </p>
        <form method="post" action="/admin/products/import/upload" encType="multipart/form-data" className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1 font-medium">
            CSV file
            <input type="file" name="file" accept=".csv,text/csv" required className="font-normal" />
          </label>
          <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 font-semibold text-white">
            Preview import
          </button>
        </form>
      </main>
    </>
  );
}
