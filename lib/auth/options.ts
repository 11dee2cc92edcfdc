import "server-only";
import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import { encode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { joinBrowserCart, roleFor, shopperAuthOptions } from "@/lib/accounts/auth";
import { env } from "@/lib/env";
import { authPages } from "./auth-pages";
import { authorizeStaff, staffSignInErrors } from "./authorize-staff";
import { clientIpFrom } from "./client-ip";
import { resolveStaffConfig } from "./staff-config";
import { endStaffSession } from "@/lib/staff/sessions";
import { getDb } from "@/lib/db";

export const staffConfig = resolveStaffConfig(env);

// next-auth v4 reads its own origin from NEXTAUTH_URL; derive it from the one
// validated APP_URL instead of asking operators to set the same thing twice.
process.env.NEXTAUTH_URL ??= env.APP_URL;

const shopper = shopperAuthOptions();

// A shopper's token lasts 8 hours. A staff token may last a day: its session row
// (lib/staff/sessions.ts) ends it sooner, after 12 hours idle or when an owner acts.
const shopperTokenSeconds = 8 * 60 * 60;
const staffTokenSeconds = 24 * 60 * 60;

const refusalCodes = {
  locked: staffSignInErrors.locked,
  "second-factor": staffSignInErrors.secondFactor,
  "wrong-code": staffSignInErrors.wrongCode,
  reenrol: staffSignInErrors.reenrol,
} as const;

export const authOptions: NextAuthOptions = {
  // Without a configured secret, a random one: nothing signed with a guessable value is ever accepted.
  secret: staffConfig.enabled ? staffConfig.secret : (env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex")),
  session: { strategy: "jwt", maxAge: staffTokenSeconds },
  jwt: { encode: (params) => encode({ ...params, maxAge: params.token?.role === "staff" ? staffTokenSeconds : shopperTokenSeconds }) },
  // Our own pages, in the shop's chrome and language; staff are passed on to the back office's (lib/auth/auth-pages.ts).
  pages: authPages,
  // Shoppers sign in by emailed link (lib/accounts); staff by password. One JWT, one role each.
  adapter: shopper.adapter,
  providers: [
    ...shopper.providers,
    CredentialsProvider({
      name: "Staff",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        code: { label: "Authentication code", type: "text" },
      },
      // next-auth puts a thrown error's message in the redirect URL: throw only fixed codes.
      async authorize(credentials, req) {
        let result;
        try {
          result = await authorizeStaff(credentials, clientIpFrom(req?.headers, env.TRUSTED_PROXY_HOPS), { config: staffConfig });
        } catch (error) {
          console.error("[auth] staff sign-in could not be checked:", error instanceof Error ? error.message : error);
          throw new Error(staffSignInErrors.unavailable);
        }
        if (result.ok) return result.user;
        if (result.reason === "invalid") return null;
        throw new Error(refusalCodes[result.reason]);
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user, account }) => {
      if (!user) return token;
      const role = roleFor(account?.provider);
      const staffSessionId = role === "staff" && "staffSessionId" in user ? String(user.staffSessionId) : undefined;
      return { ...token, role, shopperId: role === "shopper" ? user.id : undefined, staffSessionId };
    },
    session: ({ session, token }) => ({
      ...session,
      role: token.role === "staff" || token.role === "shopper" ? token.role : undefined,
      shopperId: token.role === "shopper" && typeof token.shopperId === "string" ? token.shopperId : undefined,
      staffSessionId: token.role === "staff" && typeof token.staffSessionId === "string" ? token.staffSessionId : undefined,
    }),
    // callbackUrl never leaves our origin.
    redirect: ({ url, baseUrl }) => {
      if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${baseUrl}${url}`;
      try {
        return new URL(url).origin === baseUrl ? url : baseUrl;
      } catch {
        return baseUrl;
      }
    },
  },
  events: {
    // Signing out ends the staff session row too: the cookie, if kept somewhere, opens nothing.
    signOut: async ({ token }) => {
      if (token?.role === "staff" && typeof token.staffSessionId === "string") await endStaffSession(await getDb(), token.staffSessionId);
    },
    signIn: async ({ user, account }) => {
      if (roleFor(account?.provider) === "shopper") await joinBrowserCart(user.id);
    },
  },
};
