import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";

import type { ShopperSession } from "./shopper";

export type { ShopperSession };

/** The signed-in shopper, or undefined (a staff session is not a shopper session). */
export async function getShopperSession(): Promise<ShopperSession | undefined> {
  const session = (await getServerSession(authOptions)) as { role?: string; shopperId?: string; user?: { email?: string | null } } | null;
  if (session?.role !== "shopper" || !session.shopperId || !session.user?.email) return undefined;
  return { id: session.shopperId, email: session.user.email.toLowerCase() };
}
