"use client";

import { useActionState, useRef } from "react";
import { localeLabels, locales, type Locale } from "@/i18n/locales";
import { idleState } from "@/lib/action-state";
import { setLocaleAction } from "@/lib/i18n/actions";

export type LanguageLabels = { label: string; submit: string };

/** Labels come translated from the server wrapper: no message catalog in the browser. */
export function LanguageSwitcherClient({ current, labels }: { current: Locale; labels: LanguageLabels }) {
  const [state, formAction, pending] = useActionState(setLocaleAction, idleState);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={formAction} className="flex items-center gap-2">
      <label htmlFor="locale-select" className="sr-only">
        {labels.label}
      </label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={current}
        key={current}
        disabled={pending}
        onChange={() => formRef.current?.requestSubmit()}
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeLabels[locale]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded-md border px-2 py-1">
          {labels.submit}
        </button>
      </noscript>
      <span aria-live="polite" className="sr-only">
        {state.status === "error" ? state.message : ""}
      </span>
    </form>
  );
}
