"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { getShopperSession } from "@/lib/accounts/session";
import { readCartIdCookie } from "@/lib/cart/cart-cookie";
import { pmsPaymentTypes } from "@pms-kit/client/payment-types";
import { beginPayment, type BeginPaymentResult } from "./begin-payment";
import { detailFields, parseCheckoutDetails, type CheckoutDetails } from "./details";
import { saveCheckoutDetails } from "./details-store";

const startPaymentSchema = z.object({
  method: z.enum(pmsPaymentTypes),
  orderId: z.uuid().optional(),
});

export async function startPaymentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const parsed = startPaymentSchema.safeParse({
    method: formData.get("method") ?? undefined,
    orderId: formData.get("orderId") || undefined,
  });
  if (!parsed.success) {
    return { status: "error", message: t("Checkout.noMethod"), fieldErrors: { method: [t("Checkout.noMethod")] } };
  }
  const cartId = await readCartIdCookie();
  if (!cartId) return { status: "error", message: t("Checkout.emptyCart") };

  // A new order needs contact and delivery; paying an existing order another way reuses its own.
  let details: CheckoutDetails | undefined;
  if (!parsed.data.orderId) {
    const checked = parseCheckoutDetails(Object.fromEntries(detailFields.map((field) => [field, formData.get(field) ?? undefined])));
    if (!checked.ok) {
      const fieldErrors = Object.fromEntries(
        Object.entries(checked.fieldErrors).map(([field, key]) => [field, [t(`Checkout.errors.${key}`)]]),
      );
      return { status: "error", message: t("Checkout.errors.summary"), fieldErrors };
    }
    details = checked.details;
  }

  let result: BeginPaymentResult;
  try {
    const shopper = await getShopperSession();
    if (details) await saveCheckoutDetails(cartId, details);
    result = await beginPayment({
      cartId,
      locale: await getLocale(),
      method: parsed.data.method,
      details,
      shopperId: shopper?.id,
      orderId: parsed.data.orderId,
      userAgent: (await headers()).get("user-agent") ?? undefined,
      seller: t("Meta.title"),
    });
  } catch (error) {
    console.error("[checkout] could not start a payment", error);
    return { status: "error", message: t("Errors.unexpected") };
  }
  if (!result.ok) return { status: "error", message: messageFor(result.reason, t) };
  redirect(result.paymentUrl);
}

function messageFor(reason: Exclude<BeginPaymentResult, { ok: true }>["reason"], t: Awaited<ReturnType<typeof getTranslations>>) {
  switch (reason) {
    case "empty-cart":
      return t("Checkout.emptyCart");
    case "out-of-stock":
      return t("Checkout.outOfStock");
    case "no-details":
      return t("Checkout.errors.summary");
    case "in-progress":
      return t("Checkout.inProgress");
    case "already-paid":
      return t("Checkout.alreadyPaid");
    case "not-found":
      return t("Errors.invalidRequest");
    default:
      return t(`PmsErrors.${reason}`);
  }
}
