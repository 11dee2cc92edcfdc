import Link from "next/link";
import { notFound } from "next/navigation";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { staffNamesByEmail } from "@/lib/staff/names";
import { nameOf } from "@/lib/staff/who";
import { getImport, previewImport, type PlannedRow } from "@/lib/catalog/csv/import";
import { getDb } from "@/lib/db";
import { AdminHeader } from "../../../../_components/admin-header";
import { formatHkTime } from "../../../../_components/hk-time";
import { ApplyImportForm } from "./apply-form";

type Props = { params: Promise<{ importId: string }> };

/** Each list shows this many rows; the counts above it are whole. */
const shown = 200;

export default async function ImportPreviewPage({ params }: Props) {
  const actor = await staffForPage();
  const importId = Number((await params).importId);
  if (!Number.isSafeInteger(importId) || importId <= 0) notFound();
  const db = await getDb();
  const upload = await getImport(db, importId);
  if (!upload) notFound();
  const plan = await previewImport(db, upload.content);
  const names = await staffNamesByEmail(db, [upload.appliedBy]);
  return (
    <>
      <AdminHeader email={actor.email} />
      <main className="mx-auto flex max-w-6xl flex-col gap-5 px-4 py-8 text-sm">
        <Link href="/admin/products/import" className="underline">
          ← Import another file
        </Link>
        <h1 className="text-xl font-bold">Import preview: {upload.fileName}</h1>
        {upload.appliedAt && (
          <p role="status" className="font-medium text-emerald-800">
            Applied by {nameOf(names, upload.appliedBy)} at {formatHkTime(upload.appliedAt)} (HKT). The preview below compares the file with the catalog as it is now.
          </p>
        )}
        {plan.kind === "unreadable" ? (
          <p role="alert" className="font-medium text-red-700" data-testid="import-unreadable">
            {plan.message} Nothing was changed; fix the file and upload it again.
          </p>
        ) : (
          <>
            <p className="text-base font-semibold" data-testid="import-summary">
              {plan.rowCount} rows: {plan.created.length} new, {plan.changed.length} changed, {plan.unchanged} unchanged, {plan.errors.length} with errors
            </p>
            {plan.errors.length > 0 && (
              <section aria-labelledby="errors-heading">
                <h2 id="errors-heading" className="mb-2 font-semibold text-red-800">
                  Errors: nothing can be applied until they are fixed
                </h2>
                <ul className="list-disc pl-5 text-red-800" data-testid="import-errors">
                  {plan.errors.slice(0, shown).map((error) => (
                    <li key={`${error.line}-${error.message}`}>
                      Line {error.line}: {error.message}
                    </li>
                  ))}
                </ul>
                <More total={plan.errors.length} />
              </section>
            )}
            <Changes id="changed" title="Changed" rows={plan.changed} />
            <Changes id="new" title="New" rows={plan.created} />
            {!upload.appliedAt && <ApplyImportForm importId={importId} hash={plan.hash} disabled={plan.errors.length > 0 || plan.created.length + plan.changed.length === 0} />}
          </>
        )}
      </main>
    </>
  );
}

function Changes({ id, title, rows }: { id: string; title: string; rows: PlannedRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-2 font-semibold">
        {title} ({rows.length})
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white" data-testid={`import-${id}`}>
          <thead>
            <tr className="border-b text-left">
              <th className="p-2">Line</th>
              <th className="p-2">SKU</th>
              <th className="p-2">Product</th>
              <th className="p-2">Field</th>
              <th className="p-2">Before</th>
              <th className="p-2">After</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).flatMap((row) =>
              row.fields.map((field, index) => (
                <tr key={`${row.sku}-${field.field}`} className="border-b align-top">
                  <td className="p-2">{index === 0 ? row.line : ""}</td>
                  <td className="p-2">{index === 0 ? row.sku : ""}</td>
                  <td className="p-2">{index === 0 ? row.productSlug : ""}</td>
                  <td className="p-2">{field.field}</td>
                  <td className="p-2 text-slate-600">{field.before}</td>
                  <td className="p-2 font-medium">{field.after}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <More total={rows.length} />
    </section>
  );
}

function More({ total }: { total: number }) {
  return total > shown ? <p className="mt-1 text-slate-600">The first {shown} of {total} are shown; applying applies all of them.</p> : null;
}
