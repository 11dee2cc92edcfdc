"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { localeCookieName, locales } from "@/i18n/locales";
import type { ActionState } from "@/lib/action-state";
import { returnPathFrom } from "./return-path";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

/**
 * Saves the shopper's language, then loads the page they were on again. A
 * cached catalog page was chosen by language before this action ran (the
 * proxy rewrites by the cookie, docs/decisions/009), so only a new request
 * shows it in the new language; a page rendered per request does too. No
 * revalidatePath: it would expire the cached catalog for every shopper.
 */
export async function setLocaleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = setLocaleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Unsupported language." };
  (await cookies()).set(localeCookieName, parsed.data.locale, {
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  const back = returnPathFrom((await headers()).get("referer"));
  if (back) redirect(back);
  return { status: "success" };
}
