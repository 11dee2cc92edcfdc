"use client";
import "./globals.css";
import { ErrorPanel } from "./_components/error-panel";

/** Replaces a root layout that itself failed, so it brings its own document. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="shop flex min-h-screen flex-col">
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          <ErrorPanel reset={reset} />
        </main>
      </body>
    </html>
  );
}
