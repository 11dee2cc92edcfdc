import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { orders } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbox";
import { orderReference } from "@/lib/orders/reference";
import { renderSignInLink } from "@/lib/mail/templates";
import { minutesUntil } from "@/lib/security/rate-limit";
import { createSignInLink, signInLinkMinutes } from "./links";
import { linkRequestLimiter } from "./throttle";

export type LinkRequestResult = { ok: true } | { ok: false; reason: "throttled"; retryAfterMinutes: number };

type LinkRequest = { email: string; ip: string; locale: string; secret: string; now?: Date };

async function throttled(email: string, ip: string): Promise<LinkRequestResult | undefined> {
  const verdict = await linkRequestLimiter.attempt({ email, ip });
  return verdict.allowed ? undefined : { ok: false, reason: "throttled", retryAfterMinutes: minutesUntil(verdict.retryAfterMs) };
}

/** Mails a single-use sign-in link; the link and its mail are written together. */
export async function requestSignInLink(input: LinkRequest & { callbackPath: string }): Promise<LinkRequestResult> {
  const refused = await throttled(input.email, input.ip);
  if (refused) return refused;
  await sendLink({ ...input, kind: "sign_in" });
  return { ok: true };
}

/**
 * "Find my order": a link to the order when that email placed that order,
 * and otherwise nothing, with the same answer either way, so the form
 * tells nobody which orders exist.
 */
export async function requestOrderLink(input: LinkRequest & { orderRef: string }): Promise<LinkRequestResult> {
  const refused = await throttled(input.email, input.ip);
  if (refused) return refused;
  const db = await getDb();
  const [order] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.contactEmail, input.email), sql`left(${orders.id}::text, 8) = ${input.orderRef.toLowerCase()}`))
    .limit(1);
  if (order) await sendLink({ ...input, kind: "find_order", callbackPath: `/orders/${order.id}`, orderRef: orderReference(order.id) });
  return { ok: true };
}

async function sendLink(input: LinkRequest & { kind: "sign_in" | "find_order"; callbackPath: string; orderRef?: string }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const url = await createSignInLink(tx, {
      email: input.email,
      callbackPath: input.callbackPath,
      appUrl: env.APP_URL,
      secret: input.secret,
      now: input.now ?? new Date(),
    });
    await enqueueMail(tx, {
      dedupeKey: `${input.kind}:${randomUUID()}`,
      kind: input.kind,
      to: input.email,
      locale: input.locale,
      rendered: renderSignInLink({ locale: input.locale, url, minutes: signInLinkMinutes, orderRef: input.orderRef }),
    });
  });
}
