import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/lib/env";

export const cartCookieName = "cart";

const cartIdSchema = z.uuid();

/** The cart id from the cookie, if it is well-formed; anything else reads as no cart. */
export async function readCartIdCookie(): Promise<string | undefined> {
  const value = (await cookies()).get(cartCookieName)?.value;
  const parsed = cartIdSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * httpOnly so scripts cannot read the cart id; SameSite=Lax (not Strict)
 * because the shopper comes back from the PMS payment page by a cross-site
 * top-level redirect and must arrive with their cart.
 */
export async function writeCartIdCookie(cartId: string): Promise<void> {
  (await cookies()).set(cartCookieName, cartId, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
}
