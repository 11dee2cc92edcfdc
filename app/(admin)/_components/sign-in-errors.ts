// next-auth's fixed error codes (lib/auth/authorize-staff.ts) in words for staff.
const messages: Record<string, string> = {
  TooManyAttempts: "Too many failed sign-ins. Sign-in is paused for 15 minutes; try again later.",
  SignInUnavailable: "Sign-in is unavailable right now. Try again in a moment.",
  SecondFactorRequired: "Enter the 6-digit code from your authenticator app, or one of your recovery codes.",
  WrongSecondFactor: "That code does not match, or was used already. Enter the code your app shows now, or an unused recovery code.",
  SecondFactorReset: "An owner reset your second factor: use the link in the email they sent you to set it up again.",
};
const mismatch = "That email and password do not match a staff account.";

export function signInErrorMessage(code: string | undefined): string {
  return code ? (messages[code] ?? mismatch) : "";
}

/** The codes after which the form asks for the second factor. */
export const secondFactorCodes: ReadonlySet<string> = new Set(["SecondFactorRequired", "WrongSecondFactor"]);
