import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { mailOutbox, type MailOutboxRow } from "@/lib/db/schema";
import { can } from "@/lib/auth/permissions";
import { getStaffActor, requireStaff } from "@/lib/auth/staff";
import { env } from "@/lib/env";
import { mailboxEnabled } from "./config";

/**
 * /dev/mailbox reads the outbox: mail the quick start keeps instead of
 * sending. Undefined when the mailbox is off (a real production shop), so the
 * page is a 404 there. In a production demo it holds everyone's sign-in
 * links, so only staff may read it (like the sandbox console); development
 * stays open for the quick start. Checked here, where the data is read.
 */
async function mayReadMailbox(): Promise<boolean> {
  if (!mailboxEnabled(env)) return false;
  if (env.NODE_ENV !== "production") return true;
  await requireStaff();
  // It also holds staff invitations: a member who could read it could take another's link, and their role.
  return can(await getStaffActor(), "mailbox.view");
}

export async function listMailbox({ to }: { to?: string | undefined }): Promise<MailOutboxRow[] | undefined> {
  if (!(await mayReadMailbox())) return undefined;
  const db = await getDb();
  const where = to ? eq(mailOutbox.toAddress, to.trim().toLowerCase()) : undefined;
  return db.select().from(mailOutbox).where(where).orderBy(desc(mailOutbox.id)).limit(100);
}

export async function getMailboxMessage(id: string): Promise<MailOutboxRow | undefined> {
  if (!/^[0-9]{1,15}$/.test(id) || !(await mayReadMailbox())) return undefined;
  const db = await getDb();
  const [row] = await db.select().from(mailOutbox).where(and(eq(mailOutbox.id, Number(id)))).limit(1);
  return row;
}
