import { hongKongDate } from "@/lib/admin/order-labels";
import { getStaffActor } from "@/lib/auth/staff";
import { catalogCsvStream } from "@/lib/catalog/csv/export";
import { getDb } from "@/lib/db";

const text = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/**
 * Every variant as a CSV row (lib/catalog/csv/format.ts), streamed a
 * thousand rows at a time. The import page takes the same file back.
 * Staff only: stock and drafts are not public.
 */
export async function GET() {
  const actor = await getStaffActor();
  if (!actor) return new Response("Sign in as staff to download the catalog.\n", { status: 401, headers: text });
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = catalogCsvStream(await getDb(), actor);
  } catch (error) {
    console.error("[admin] catalog CSV failed", error);
    return new Response("The catalog could not be read just now; try again.\n", { status: 503, headers: text });
  }
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="catalog-${hongKongDate(new Date())}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
