import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { StaffActor } from "@/lib/auth/actor";
import { can, forbiddenMessage } from "@/lib/auth/permissions";
import { parseOrderFilter } from "./order-filters";
import { hongKongDate } from "./order-labels";
import { streamOrdersForStaff, type OrderListRow } from "./order-list";
import { ordersCsvHeader, ordersCsvRows } from "./orders-csv";

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * Every order the list's filter finds, as a CSV download: the same query
 * string, the same filter, no cap. Streamed: the header and the first batch go out at once,
 * then the orders a batch of 500 at a time as they are read
 * (streamOrdersForStaff), so memory stays flat at any size and the
 * download starts before the last order is read. Staff only, here and
 * again in the query: a download link must not leak orders to whoever
 * guesses the URL. A filter value that makes no sense is dropped, as on the
 * page. A failure after the first byte can no longer change the status, so
 * it aborts the download: a cut-off file is never mistaken for a whole one.
 */
export async function ordersCsvResponse(actor: StaffActor | undefined, searchParams: URLSearchParams): Promise<Response> {
  if (!actor) return plain(401, "Sign in as staff to download orders.");
  // The same refusal the query gives (it checks again): read-only members take no personal data away.
  if (!can(actor, "csv.export")) return plain(403, forbiddenMessage);
  const { filter } = parseOrderFilter(searchParams);
  const batches = await streamOrdersForStaff(actor, filter);
  let first: IteratorResult<OrderListRow[], void>;
  try {
    // The first batch (one indexed query) is read before answering, so a database that cannot be
    // read gets a clear 503 rather than a download that breaks after its header.
    first = await batches.next();
  } catch (error) {
    unstable_rethrow(error);
    console.error("[admin] orders CSV failed", error);
    return new Response("The orders could not be read just now; try again.\n", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const encoder = new TextEncoder();
  let pending: IteratorResult<OrderListRow[], void> | undefined = first;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(ordersCsvHeader()));
    },
    async pull(controller) {
      try {
        const next = pending ?? (await batches.next());
        pending = undefined;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(ordersCsvRows(next.value)));
      } catch (error) {
        console.error("[admin] orders CSV failed mid-stream", error);
        controller.error(new Error("the orders could not be read"));
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="orders-${hongKongDate(new Date())}.csv"`,
      // Shoppers' addresses: never kept by a shared cache or the browser's.
      "Cache-Control": "no-store",
    },
  });
}
