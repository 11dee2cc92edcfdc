import type { NextRequest } from "next/server";
import { parseOrderFilter } from "@/lib/admin/order-filters";
import { hongKongDate } from "@/lib/admin/order-labels";
import { streamOrdersForStaff } from "@/lib/admin/order-list";
import { ordersCsvHeader, ordersCsvRows } from "@/lib/admin/orders-csv";
import { getStaffSession } from "@/lib/auth/staff";

/**
 * Every order the list's filter finds, as a CSV download: the same query
 * string, the same filter, no cap. Streamed: the header goes out at once,
 * then the orders a batch of 500 at a time as they are read
 * (streamOrdersForStaff), so memory stays flat at any size and the
 * download starts before the last order is read. Staff only, here and
 * again in the query: a download link must not leak orders to whoever
 * guesses the URL. A filter value that makes no sense is dropped, as on the
 * page. A failure after the first byte can no longer change the status, so
 * it aborts the download: a cut-off file is never mistaken for a whole one.
 */
export async function GET(request: NextRequest) {
  if (!(await getStaffSession())) {
    return new Response("Sign in as staff to download orders.\n", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const { filter } = parseOrderFilter(request.nextUrl.searchParams);
  const batches = streamOrdersForStaff(filter);
  const encoder = new TextEncoder();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(ordersCsvHeader()));
        return;
      }
      try {
        const next = await batches.next();
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
