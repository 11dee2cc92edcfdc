import type { NextRequest } from "next/server";
import { ordersCsvResponse } from "@/lib/admin/orders-csv-response";
import { getStaffActor } from "@/lib/auth/staff";

/** The orders list as CSV (lib/admin/orders-csv-response.ts): the member is resolved here, once, and passed in. */
export async function GET(request: NextRequest) {
  return ordersCsvResponse(await getStaffActor(), request.nextUrl.searchParams);
}
