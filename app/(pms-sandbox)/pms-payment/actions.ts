"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { isSandboxEnabled } from "@/lib/pms-sandbox/config";
import { decidePayment, payByCard } from "@/lib/pms-sandbox/payments";
import { buildReturnTarget } from "@pms-kit/sandbox";

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const decideSchema = z.object({
  token: tokenSchema,
  decision: z.enum(["success", "failure"]),
  from: z.enum(["page", "scan"]).default("page"),
});
const cardSchema = z.object({
  token: tokenSchema,
  cardNumber: z.string().max(40),
  expiry: z.string().max(10).default(""),
  cvc: z.string().max(10).default(""),
});

const pagePath = (token: string) => `/pms-payment/${encodeURIComponent(token)}`;

/** Approve / Decline of the wallet methods, on the payment page or the phone's scan page. */
export async function decidePaymentAction(formData: FormData): Promise<void> {
  if (!isSandboxEnabled()) redirect("/pms-sandbox");
  const input = decideSchema.safeParse(Object.fromEntries(formData));
  if (!input.success) redirect("/pms-sandbox");
  const { token, decision, from } = input.data;
  const payment = await decidePayment(token, decision);
  // The phone is not the shopper's browser: it stays on the scan page, which now shows the outcome.
  if (from === "scan") redirect(`${pagePath(token)}/scan`);
  if (!payment || payment.status === "05") redirect(pagePath(token));
  redirect(buildReturnTarget(payment));
}

/** The card form's Pay: a test card decides (an expired one is declined); anything else is explained on the page. */
export async function payByCardAction(formData: FormData): Promise<void> {
  if (!isSandboxEnabled()) redirect("/pms-sandbox");
  const input = cardSchema.safeParse(Object.fromEntries(formData));
  if (!input.success) redirect("/pms-sandbox");
  const { token, cardNumber, expiry, cvc } = input.data;
  const { payment, decision } = await payByCard(token, { number: cardNumber, expiry, cvc });
  if (payment && payment.status !== "05") redirect(buildReturnTarget(payment));
  const notice = decision && decision !== "success" && decision !== "failure" ? `?notice=${decision}` : "";
  redirect(`${pagePath(token)}${notice}`);
}
