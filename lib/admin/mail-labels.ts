import type { MailOutboxRow } from "@/lib/db/schema";
import type { MailDelivery } from "@/lib/mail/config";
import type { MailKind } from "@/lib/mail/outbox";

/** How the back office (English only) names each kind of mail, instead of its stored kind. */
export const mailKindLabels: Record<MailKind, string> = {
  order_confirmation: "Order confirmation",
  shipped: "Shipping notice",
  shipment_corrected: "Corrected shipping notice",
  ready_for_pickup: "Ready for pick-up",
  sign_in: "Sign-in link",
  find_order: "Order link (find my order)",
  staff_invitation: "Staff invitation",
};

export function mailKindLabel(kind: string): string {
  return kind in mailKindLabels ? mailKindLabels[kind as MailKind] : kind;
}

/**
 * Where one message stands, in staff's words. "Queued" alone was a lie in
 * the quick start: with no SMTP_URL nothing ever sends it, so say where it is
 * kept and where to read it; and when sending fails, say how often and why.
 */
export type MailStatus =
  | { kind: "sent"; at: Date }
  | { kind: "kept-in-outbox"; mailbox: string }
  | { kind: "not-configured" }
  | { kind: "queued" }
  | { kind: "sending"; attempts: number }
  | { kind: "failing"; attempts: number; lastError: string; nextAttemptAt: Date };

type Row = Pick<MailOutboxRow, "sentAt" | "attempts" | "lastError" | "nextAttemptAt" | "toAddress">;

export function mailStatus(row: Row, delivery: MailDelivery): MailStatus {
  if (row.sentAt) return { kind: "sent", at: row.sentAt };
  if (delivery === "outbox") return { kind: "kept-in-outbox", mailbox: `/dev/mailbox?to=${encodeURIComponent(row.toAddress)}` };
  if (delivery === "unconfigured") return { kind: "not-configured" };
  if (row.lastError) return { kind: "failing", attempts: row.attempts, lastError: row.lastError, nextAttemptAt: row.nextAttemptAt };
  if (row.attempts > 0) return { kind: "sending", attempts: row.attempts };
  return { kind: "queued" };
}
