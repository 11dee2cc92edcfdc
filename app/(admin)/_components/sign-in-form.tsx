"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondFactorCodes, signInErrorMessage } from "./sign-in-errors";

/**
 * Email and password, then, for a member with a second factor, the code: the
 * second step sends all three again (nothing is half signed in between).
 */
export function SignInForm({ initialError = "" }: { initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);
  const [credentials, setCredentials] = useState<{ email: string; password: string } | undefined>(undefined);
  async function submit(formData: FormData) {
    setPending(true);
    setError("");
    const entered = credentials ?? { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
    const code = credentials ? String(formData.get("code") ?? "") : undefined;
    const result = await signIn("credentials", { ...entered, ...(code !== undefined && { code }), redirect: false });
    setPending(false);
    if (result?.ok) {
      router.push("/admin");
      return;
    }
    const failure = result?.error ?? "CredentialsSignin";
    if (secondFactorCodes.has(failure)) {
      setCredentials(entered);
      // Asking for the code is the next step, not an error.
      setError(failure === "SecondFactorRequired" ? "" : signInErrorMessage(failure));
    } else {
      setCredentials(undefined);
      setError(signInErrorMessage(failure));
    }
  }
  const field = "rounded-md border border-slate-300 px-3 py-2";
  return (
    <form action={submit} className="flex flex-col gap-4">
      {credentials ? (
        <>
          <p className="text-sm text-slate-600">Signing in as {credentials.email}.</p>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Authentication code
            <input name="code" required autoFocus autoComplete="one-time-code" inputMode="text" className={field} aria-describedby="code-hint" />
          </label>
          <p id="code-hint" className="text-xs text-slate-500">
            The 6 digits your authenticator app shows, or one of your recovery codes.
          </p>
        </>
      ) : (
        <>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Email
            <input name="email" type="email" required autoComplete="username" className={field} />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Password
            <input name="password" type="password" required autoComplete="current-password" className={field} />
          </label>
        </>
      )}
      <p aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? "Signing in…" : credentials ? "Verify" : "Sign in"}
      </button>
      {credentials && (
        <button type="button" onClick={() => (setCredentials(undefined), setError(""))} className="text-sm underline">
          Use another account
        </button>
      )}
    </form>
  );
}
