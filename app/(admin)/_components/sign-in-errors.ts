// next-auth's fixed error codes (lib/auth/authorize-staff.ts) in words for staff.
const messages: Record<string, string> = {
  TooManyAttempts: "Too many failed sign-ins. Sign-in is paused for 15 minutes; try again later.",
  SignInUnavailable: "Sign-in is unavailable right now. Try again in a moment.",
};
const mismatch = "That email and password do not match a staff account.";

export function signInErrorMessage(code: string | undefined): string {
  return code ? (messages[code] ?? mismatch) : "";
}
