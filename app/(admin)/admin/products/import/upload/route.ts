import { getStaffActor } from "@/lib/auth/staff";
import { storeImport } from "@/lib/catalog/csv/import";
import { getDb } from "@/lib/db";

/** A CSV of 20,000 rows is about 3 MB; this leaves room for long names. */
const maxCsvBytes = 8 * 1024 * 1024;

/**
 * Takes a CSV file for the import preview: keeps it (catalog_imports) and
 * sends staff to its preview. Nothing in the catalog changes here. A route
 * handler, like the picture upload, so its size limit is its own.
 */
export async function POST(request: Request) {
  const actor = await getStaffActor();
  if (!actor) return new Response("Sign in as staff to import.\n", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const back = (notice: string) => new Response(null, { status: 303, headers: { Location: `/admin/products/import?notice=${notice}`, "Cache-Control": "no-store" } });
  if (Number(request.headers.get("content-length") ?? 0) > maxCsvBytes + 64 * 1024) return back("too-large");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back("bad-form");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return back("empty");
  if (file.size > maxCsvBytes) return back("too-large");
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return back("not-utf8");
  }
  if (content.includes("\u0000")) return back("not-utf8");
  try {
    const importId = await storeImport(await getDb(), actor, { fileName: file.name || "catalog.csv", content });
    return new Response(null, { status: 303, headers: { Location: `/admin/products/import/${importId}`, "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("[admin] storing a CSV import failed", error);
    return back("failed");
  }
}
