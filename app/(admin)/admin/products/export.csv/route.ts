import { getStaffActor } from "@/lib/auth/staff";
import { catalogCsvResponse } from "@/lib/catalog/csv/export-response";

/** The catalog as CSV (lib/catalog/csv/export-response.ts): the member is resolved here, once, and passed in. */
export async function GET() {
  return catalogCsvResponse(await getStaffActor());
}
