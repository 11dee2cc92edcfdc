import "server-only";
import nodemailer from "nodemailer";
import type { MailOutboxRow } from "@/lib/db/schema";

/** Hands one outbox row to the mail server; throws when the server does not take it. */
export type MailSender = (row: MailOutboxRow) => Promise<void>;

/**
 * nodemailer over SMTP_URL (the one seam to the mail server). The Message-ID
 * is derived from the outbox row, so in the rare case a worker dies after the
 * server took a message but before we marked it sent, the copy sent after
 * the lease runs out carries the same Message-ID and mail clients fold it.
 */
export function createSmtpSender(options: { smtpUrl: string; from: string; appUrl: string }): MailSender {
  const transporter = nodemailer.createTransport(options.smtpUrl);
  const host = new URL(options.appUrl).hostname;
  return async (row) => {
    await transporter.sendMail({
      from: options.from,
      to: row.toAddress,
      subject: row.subject,
      text: row.text,
      html: row.html,
      messageId: `<outbox-${row.id}@${host}>`,
      headers: { "Content-Language": row.locale },
    });
  };
}
