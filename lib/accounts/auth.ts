import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { cookies, headers } from "next/headers";
import { isLocale } from "@/i18n/locales";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { readCartIdCookie } from "@/lib/cart/cart-cookie";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbox";
import { renderSignInLink } from "@/lib/mail/templates";
import { shopperAdapter } from "./adapter";
import { accountsEnabled } from "./config";
import { signInLinkMinutes } from "./links";
import { joinCartToShopper } from "./queries";
import { linkRequestLimiter } from "./throttle";

/**
 * Shopper sign-in inside the one next-auth instance (docs/decisions/008):
 * the Email provider, its adapter, and how a shopper's JWT differs from
 * staff's. The shop's own forms (lib/accounts/actions.ts) make the links;
 * next-auth's /api/auth/callback/email checks them and signs the shopper in.
 */
export function shopperAuthOptions(): Pick<NextAuthOptions, "adapter" | "providers"> {
  if (!accountsEnabled(env)) return { providers: [] };
  return {
    adapter: shopperAdapter,
    providers: [
      EmailProvider({
        from: env.MAIL_FROM,
        maxAge: signInLinkMinutes * 60,
        // Someone posting to /api/auth/signin/email directly gets the same mail, throttled the same way.
        async sendVerificationRequest({ identifier, url }) {
          const headerList = await headers();
          const verdict = await linkRequestLimiter.attempt({
            email: identifier,
            ip: clientIpFrom(headerList, env.TRUSTED_PROXY_HOPS),
          });
          if (!verdict.allowed) throw new Error("EmailSignin");
          const saved = (await cookies()).get("NEXT_LOCALE")?.value;
          const locale = isLocale(saved) ? saved : "en";
          await enqueueMail(await getDb(), {
            dedupeKey: `sign_in:${randomUUID()}`,
            kind: "sign_in",
            to: identifier,
            locale,
            rendered: renderSignInLink({ locale, url, minutes: signInLinkMinutes }),
          });
        },
      }),
    ],
  };
}

/** Who the token belongs to: staff (credentials) or a shopper (email link). Nothing else gets a role. */
export function roleFor(provider: string | undefined): "staff" | "shopper" | undefined {
  if (provider === "credentials") return "staff";
  if (provider === "email") return "shopper";
  return undefined;
}

/** Signing in joins this browser's cart to the account; a failure here never blocks the sign-in. */
export async function joinBrowserCart(shopperId: string): Promise<void> {
  try {
    const cartId = await readCartIdCookie();
    if (cartId) await joinCartToShopper(cartId, shopperId);
  } catch (error) {
    console.warn("[accounts] could not join the cart to the account:", error instanceof Error ? error.message : error);
  }
}
