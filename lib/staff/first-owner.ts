import "server-only";
import type { Db } from "@/lib/db";
import { inviteStaff, staffExists, type InviteResult } from "./invitations";

/**
 * On a fresh database STAFF_EMAIL is invited as the first owner (the mail
 * waits in the outbox: /dev/mailbox in development and demo mode). The
 * invitation has a fixed id, so two instances starting at once make one.
 */
export async function inviteFirstOwner(db: Db, email: string, appUrl: string): Promise<InviteResult | undefined> {
  if (await staffExists(db)) return undefined;
  return inviteStaff(db, null, { email, role: "owner" }, { appUrl, id: "first-owner" });
}
