import type { NextAuthOptions } from "next-auth";
import { staffSignInErrors } from "./authorize-staff";

/**
 * next-auth's own pages (sign-in, sign-out, error, verify-request) are ours, in the shop's chrome
 * and language: a used or expired sign-in link lands on app/(shop)/account/auth-error, never on
 * next-auth's unstyled English page. next-auth has one set for the one instance, so the shopper's
 * pages pass staff on to the back office's own (below, and in the sign-out page).
 */
export const authPages: NonNullable<NextAuthOptions["pages"]> = {
  signIn: "/account/sign-in",
  signOut: "/account/sign-out",
  error: "/account/auth-error",
  verifyRequest: "/account/check-email",
};

/** Errors only a staff sign-in makes: shown on /admin/sign-in, which words each of them. */
export const staffAuthErrorCodes: ReadonlySet<string> = new Set(["CredentialsSignin", ...Object.values(staffSignInErrors)]);
