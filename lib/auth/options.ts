import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authorizeStaff, staffSignInErrors } from "./authorize-staff";
import { clientIpFrom } from "./client-ip";
import { resolveStaffConfig } from "./staff-config";

export const staffConfig = resolveStaffConfig(env);

// next-auth v4 reads its own origin from NEXTAUTH_URL; derive it from the one
// validated APP_URL instead of asking operators to set the same thing twice.
process.env.NEXTAUTH_URL ??= env.APP_URL;

export const authOptions: NextAuthOptions = {
  secret: staffConfig.enabled ? staffConfig.secret : "staff-sign-in-disabled",
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/admin/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Staff",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // next-auth puts a thrown error's message in the redirect URL: throw only fixed codes.
      async authorize(credentials, req) {
        let result;
        try {
          result = await authorizeStaff(credentials, clientIpFrom(req?.headers), { config: staffConfig });
        } catch (error) {
          console.error("[auth] staff sign-in could not be checked:", error instanceof Error ? error.message : error);
          throw new Error(staffSignInErrors.unavailable);
        }
        if (result.ok) return result.user;
        if (result.reason === "locked") throw new Error(staffSignInErrors.locked);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => (user ? { ...token, role: "staff" } : token),
    session: ({ session, token }) => ({ ...session, role: token.role === "staff" ? "staff" : undefined }),
  },
};
