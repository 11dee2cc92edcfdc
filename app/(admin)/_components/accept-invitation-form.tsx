"use client";

import Link from "next/link";
import { useActionState } from "react";
import { acceptInvitationAction, type AcceptState } from "@/lib/staff/actions";
import { AdminField } from "./admin-field";

type Props = { token: string; defaultName: string; secret: string; qrSvg: string };

/** Name, password and TOTP enrolment in one form; on success, the recovery codes, shown this once. */
export function AcceptInvitationForm({ token, defaultName, secret, qrSvg }: Props) {
  const [state, formAction, pending] = useActionState<AcceptState, FormData>(acceptInvitationAction, { status: "idle" });
  if (state.status === "success" && state.recoveryCodes) {
    return (
      <section className="flex flex-col gap-4" aria-labelledby="recovery-heading">
        <p role="status" className="text-sm text-green-800">
          {state.message}
        </p>
        <h2 id="recovery-heading" className="text-lg font-semibold">
          Your recovery codes
        </h2>
        <p className="text-sm text-slate-600">Each works once in place of a code from your app, if you lose your phone. They are not shown again.</p>
        <ol aria-label="Recovery codes" className="grid grid-cols-2 gap-2 rounded-md bg-white p-4 font-mono text-sm">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <Link href="/admin/sign-in" className="self-start rounded-md bg-slate-900 px-4 py-2 font-semibold text-white">
          Go to sign-in
        </Link>
      </section>
    );
  }
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="totpSecret" value={secret} />
      <p aria-live="polite" role="status" className={`text-sm ${state.status === "error" ? "text-red-700" : "text-slate-600"}`}>
        {state.message}
      </p>
      <AdminField name="name" label="Your name" state={state} defaultValue={defaultName} maxLength={100} autoComplete="name" />
      <AdminField name="password" label="Password" type="password" state={state} maxLength={256} minLength={12} autoComplete="new-password" aria-describedby="password-hint password-error" />
      <p id="password-hint" className="-mt-3 text-xs text-slate-500">
        At least 12 characters; a few words you will remember are best. The commonest passwords are refused.
      </p>
      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">Authenticator app</legend>
        <p className="text-sm text-slate-600">Scan this code with an authenticator app, or type the key, then enter the 6 digits it shows.</p>
        {/* Our own SVG from the qrcode package, not user input. */}
        <div role="img" aria-label="QR code for your authenticator app" className="h-48 w-48" dangerouslySetInnerHTML={{ __html: qrSvg }} />
        <p className="text-sm">
          Key: <code data-testid="totp-secret" className="break-all font-mono">{secret}</code>
        </p>
        <AdminField name="totpCode" label="Code from the app" state={state} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      </fieldset>
      <button type="submit" disabled={pending} className="self-start rounded-md bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? "Joining…" : "Join the back office"}
      </button>
    </form>
  );
}
