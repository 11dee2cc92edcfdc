"use client";
import Link from "next/link";
import { errorCopy } from "@/lib/i18n/error-copy";
import { usePageLang } from "./use-page-lang";

/** What a shopper sees when a page fails: no stack, no code, a retry and a way back. */
export function ErrorPanel({ reset }: { reset: () => void }) {
  const copy = errorCopy(usePageLang());
  return (
    <section role="alert" className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{copy.title}</h1>
      <p className="text-stone-600">{copy.body}</p>
      <div className="flex gap-3">
        <button type="button" onClick={reset} className="rounded-full bg-harbour-600 px-6 py-2.5 font-semibold text-white hover:bg-harbour-700">
          {copy.retry}
        </button>
        <Link href="/" className="rounded-full border border-harbour-600 px-6 py-2.5 font-semibold text-harbour-700">
          {copy.home}
        </Link>
      </div>
    </section>
  );
}
