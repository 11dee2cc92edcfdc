import type { Env } from "@/lib/env";

export type MailConfig =
  | { mode: "smtp"; smtpUrl: string; from: string }
  | { mode: "outbox"; from: string };

/** Demo mode: a production build running the PMS sandbox on purpose (PMS_SANDBOX=on). */
export function isDemoOrDevelopment(source: Pick<Env, "NODE_ENV" | "PMS_SANDBOX">): boolean {
  return source.NODE_ENV !== "production" || source.PMS_SANDBOX === "on";
}

/**
 * SMTP_URL set: mail goes out through it. Unset: mail stays in the outbox,
 * which only development and demo mode may do; a real shop that cannot send
 * mail is refused rather than silently keeping every confirmation to itself.
 */
export function resolveMailConfig(source: Pick<Env, "NODE_ENV" | "PMS_SANDBOX" | "SMTP_URL" | "MAIL_FROM">): MailConfig {
  if (source.SMTP_URL) return { mode: "smtp", smtpUrl: source.SMTP_URL, from: source.MAIL_FROM };
  if (!isDemoOrDevelopment(source)) {
    throw new Error("Mail configuration error: SMTP_URL is not set in production. Set SMTP_URL and MAIL_FROM (see README, \"Mail\").");
  }
  return { mode: "outbox", from: source.MAIL_FROM };
}

/** /dev/mailbox shows the outbox: never in a real production shop. */
export function mailboxEnabled(source: Pick<Env, "NODE_ENV" | "PMS_SANDBOX">): boolean {
  return isDemoOrDevelopment(source);
}

/**
 * Where written mail goes, for staff to read beside each message: out
 * through SMTP, kept in the outbox on purpose (development, demo), or stuck
 * because a real shop has no SMTP_URL (the worker does not run; see jobs.ts).
 */
export type MailDelivery = "smtp" | "outbox" | "unconfigured";

export function mailDelivery(source: Pick<Env, "NODE_ENV" | "PMS_SANDBOX" | "SMTP_URL">): MailDelivery {
  if (source.SMTP_URL) return "smtp";
  return isDemoOrDevelopment(source) ? "outbox" : "unconfigured";
}
