import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { resolveStaffConfig } from "./staff-config";

export const staffConfig = resolveStaffConfig(env);

// next-auth v4 reads its own origin from NEXTAUTH_URL; derive it from the one
// validated APP_URL instead of asking operators to set the same thing twice.
process.env.NEXTAUTH_URL ??= env.APP_URL;

function sameSecret(a: string, b: string): boolean {
  // Hash first: timingSafeEqual needs equal lengths, and the length must not leak either.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export const authOptions: NextAuthOptions = {
  secret: staffConfig.enabled ? staffConfig.secret : "staff-sign-in-disabled",
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/admin/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Staff",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        if (!staffConfig.enabled || !credentials) return null;
        const emailOk = sameSecret(credentials.email.trim().toLowerCase(), staffConfig.email);
        const passwordOk = sameSecret(credentials.password, staffConfig.password);
        return emailOk && passwordOk ? { id: "staff", email: staffConfig.email, name: "Staff" } : null;
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => (user ? { ...token, role: "staff" } : token),
    session: ({ session, token }) => ({ ...session, role: token.role === "staff" ? "staff" : undefined }),
  },
};
