"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { localeCookieName, locales } from "@/i18n/locales";
import type { ActionState } from "@/lib/action-state";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

export async function setLocaleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = setLocaleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Unsupported language." };
  (await cookies()).set(localeCookieName, parsed.data.locale, {
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  revalidatePath("/", "layout");
  return { status: "success" };
}
