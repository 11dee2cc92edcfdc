"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { accountsEnabled } from "./config";
import { safeCallbackPath } from "./links";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { closeShopperAccount } from "./personal-data";
import { deleteSavedAddress } from "./queries";
import { getShopperSession } from "./session";
import { requestOrderLink, requestSignInLink, type LinkRequestResult } from "./sign-in";

const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
const signInSchema = z.object({ email, callbackUrl: z.string().optional() });
const findOrderSchema = z.object({ email, orderRef: z.string().trim().regex(/^#?[0-9a-fA-F]{8}$/).transform((v) => v.replace("#", "")) });

async function requestContext() {
  const headerList = await headers();
  return { ip: clientIpFrom(headerList, env.TRUSTED_PROXY_HOPS), locale: await getLocale() };
}

function answer(result: LinkRequestResult, t: Awaited<ReturnType<typeof getTranslations>>, sentKey: "linkSent" | "orderLinkSent"): ActionState {
  if (!result.ok) return { status: "error", message: t("Account.throttled", { minutes: result.retryAfterMinutes }) };
  return { status: "success", message: t(`Account.${sentKey}`) };
}

export async function requestSignInLinkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const parsed = signInSchema.safeParse({ email: formData.get("email") ?? "", callbackUrl: formData.get("callbackUrl") ?? undefined });
  // Said once, beside the field it is about (the form's status line stays empty).
  if (!parsed.success) return { status: "error", fieldErrors: { email: [t("Account.emailInvalid")] } };
  if (!accountsEnabled(env) || !authOptions.secret) return { status: "error", message: t("Account.unavailable") };
  try {
    const result = await requestSignInLink({
      ...(await requestContext()),
      email: parsed.data.email,
      callbackPath: safeCallbackPath(parsed.data.callbackUrl),
      secret: authOptions.secret,
    });
    return answer(result, t, "linkSent");
  } catch (error) {
    console.error("[accounts] sign-in link failed", error instanceof Error ? error.message : error);
    return { status: "error", message: t("Errors.unexpected") };
  }
}

export async function findOrderAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const parsed = findOrderSchema.safeParse({ email: formData.get("email") ?? "", orderRef: formData.get("orderRef") ?? "" });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    return {
      status: "error",
      message: t("Account.checkFields"),
      fieldErrors: {
        ...(fields.has("email") && { email: [t("Account.emailInvalid")] }),
        ...(fields.has("orderRef") && { orderRef: [t("Account.orderRefInvalid")] }),
      },
    };
  }
  if (!accountsEnabled(env) || !authOptions.secret) return { status: "error", message: t("Account.unavailable") };
  try {
    const result = await requestOrderLink({ ...(await requestContext()), ...parsed.data, secret: authOptions.secret });
    return answer(result, t, "orderLinkSent");
  } catch (error) {
    console.error("[accounts] order link failed", error instanceof Error ? error.message : error);
    return { status: "error", message: t("Errors.unexpected") };
  }
}

const addressIdSchema = z.object({ addressId: z.uuid() });

/** Deletes one of the signed-in shopper's own saved addresses; anyone else's id deletes nothing. */
export async function deleteAddressAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const parsed = addressIdSchema.safeParse({ addressId: formData.get("addressId") });
  if (!parsed.success) return { status: "error", message: t("Errors.invalidRequest") };
  const shopper = await getShopperSession();
  if (!shopper) return { status: "error", message: t("Account.signInFirst") };
  const deleted = await deleteSavedAddress(shopper, parsed.data.addressId);
  if (!deleted) return { status: "error", message: t("Errors.invalidRequest") };
  revalidatePath("/account");
  return { status: "success", message: t("Account.addressDeleted") };
}

/**
 * Closes the signed-in shopper's account (lib/accounts/personal-data.ts) once they ticked that
 * they understand, then ends the session in this browser. Another device's session finds no
 * account any more: nothing of it is left to show.
 */
export async function closeAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  if (formData.get("confirm") !== "yes") return { status: "error", message: t("Account.closeUnconfirmed") };
  const shopper = await getShopperSession();
  if (!shopper) return { status: "error", message: t("Account.signInFirst") };
  try {
    await closeShopperAccount(await getDb(), shopper);
  } catch (error) {
    console.error("[accounts] could not close an account", error instanceof Error ? error.message : error);
    return { status: "error", message: t("Errors.unexpected") };
  }
  const jar = await cookies();
  for (const cookie of jar.getAll()) if (cookie.name.includes("next-auth.session-token")) jar.delete(cookie.name);
  redirect("/account/closed");
}
