/**
 * Stands in for lib/auth/staff in database tests of functions that check the
 * staff session themselves: `vi.mock("@/lib/auth/staff", () => import("./test-staff-session"))`.
 * Signed in by default; a test sets `staffSession.signedIn = false` to be a stranger.
 */
export const staffSession = { signedIn: true };

export async function requireStaff(): Promise<{ email: string }> {
  // What the real one does without a session: Next's redirect to sign in, thrown.
  if (!staffSession.signedIn) throw new Error("NEXT_REDIRECT: /admin/sign-in");
  return { email: "staff@harbour.test" };
}
