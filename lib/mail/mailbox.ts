import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { mailOutbox, type MailOutboxRow } from "@/lib/db/schema";
import type { StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { mailboxEnabled } from "./config";

/**
 * /dev/mailbox reads the outbox: mail the quick start keeps instead of
 * sending. "off" when the mailbox is off (a real production shop), so the
 * page is a 404 there. In a production demo it holds everyone's sign-in
 * links and staff invitations, so only an owner may read it (like the
 * sandbox console); development stays open for the quick start. Checked
 * here, where the data is read, with the member the page resolved.
 */
export type MailboxAccess = "ok" | "off" | "sign-in" | "forbidden";

export function mailboxAccess(actor: StaffActor | undefined): MailboxAccess {
  if (!mailboxEnabled(env)) return "off";
  if (env.NODE_ENV !== "production") return "ok";
  if (!actor) return "sign-in";
  return can(actor, "mailbox.view") ? "ok" : "forbidden";
}

type Refused = { access: Exclude<MailboxAccess, "ok"> };

export async function listMailbox(actor: StaffActor | undefined, { to }: { to?: string | undefined }): Promise<{ access: "ok"; rows: MailOutboxRow[] } | Refused> {
  const access = mailboxAccess(actor);
  if (access !== "ok") return { access };
  const db = await getDb();
  const where = to ? eq(mailOutbox.toAddress, to.trim().toLowerCase()) : undefined;
  return { access, rows: await db.select().from(mailOutbox).where(where).orderBy(desc(mailOutbox.id)).limit(100) };
}

export async function getMailboxMessage(actor: StaffActor | undefined, id: string): Promise<{ access: "ok"; row: MailOutboxRow | undefined } | Refused> {
  const access = mailboxAccess(actor);
  if (access !== "ok") return { access };
  if (!/^[0-9]{1,15}$/.test(id)) return { access, row: undefined };
  const db = await getDb();
  const [row] = await db.select().from(mailOutbox).where(and(eq(mailOutbox.id, Number(id)))).limit(1);
  return { access, row };
}
