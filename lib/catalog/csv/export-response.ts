import "server-only";
import { hongKongDate } from "@/lib/admin/order-labels";
import type { StaffActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { catalogCsvStream } from "./export";

const text = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/**
 * Every variant as a CSV row (lib/catalog/csv/format.ts), streamed a
 * thousand rows at a time. The import page takes the same file back.
 * Staff only: stock and drafts are not public. The route resolves who asks.
 */
export async function catalogCsvResponse(actor: StaffActor | undefined): Promise<Response> {
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
