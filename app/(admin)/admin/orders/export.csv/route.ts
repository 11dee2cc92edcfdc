import { unstable_rethrow } from "next/navigation";
import type { NextRequest } from "next/server";
import { parseOrderFilter } from "@/lib/admin/order-filters";
import { hongKongDate } from "@/lib/admin/order-labels";
import { listOrdersForStaff } from "@/lib/admin/order-list";
import { ordersToCsv } from "@/lib/admin/orders-csv";
import { getStaffSession } from "@/lib/auth/staff";

/**
 * The orders the list shows, as a CSV download: the same query string, the
 * same filter, the same query. Staff only, here and again in the query: a
 * download link must not leak orders to whoever guesses the URL. A filter
 * value that makes no sense is dropped, as on the page.
 */
export async function GET(request: NextRequest) {
  if (!(await getStaffSession())) {
    return new Response("Sign in as staff to download orders.\n", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const { filter } = parseOrderFilter(request.nextUrl.searchParams);
  let csv: string;
  try {
    csv = ordersToCsv((await listOrdersForStaff(filter)).rows);
  } catch (error) {
    // Next's own signals (a redirect to sign in) pass through; only a real failure is answered here.
    unstable_rethrow(error);
    console.error("[admin] orders CSV failed", error);
    return new Response("The orders could not be read just now; try again.\n", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="orders-${hongKongDate(new Date())}.csv"`,
      // Shoppers' addresses: never kept by a shared cache or the browser's.
      "Cache-Control": "no-store",
    },
  });
}
