import "server-only";
import { redirect } from "next/navigation";
import type { StaffActor } from "@/lib/auth/actor";
import { getStaffActor } from "@/lib/auth/staff";

/**
 * A back-office page's first line: the signed-in member, resolved once and
 * passed on to lib/ as a value; nobody signed in (or a session an owner
 * ended) goes to sign in. Only pages, actions and routes redirect.
 */
export async function staffForPage(): Promise<StaffActor> {
  const actor = await getStaffActor();
  if (!actor) redirect("/admin/sign-in");
  return actor;
}
