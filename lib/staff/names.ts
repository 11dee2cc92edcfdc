import "server-only";
import { inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/tx";
import { staff } from "@/lib/db/schema";

/**
 * Names for the back office's "who" columns, which keep the email written at
 * the time (so a row still says who, whatever happens to the member later).
 * An email with no member (written before staff were people) keeps showing
 * as itself.
 */
export async function staffNamesByEmail(db: Executor, emails: (string | null | undefined)[]): Promise<Record<string, string>> {
  const wanted = [...new Set(emails.filter((email): email is string => Boolean(email)))];
  if (wanted.length === 0) return {};
  const rows = await db.select({ email: staff.email, name: staff.name }).from(staff).where(inArray(staff.email, wanted));
  return Object.fromEntries(rows.map((row) => [row.email, row.name]));
}
