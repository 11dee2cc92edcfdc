import type { Metadata } from "next";
import "../globals.css";

export const metadata: Metadata = { title: "Mailbox · Harbour Goods (development)", robots: { index: false } };

// A developer's tool, in English like the back office.
export default function DevLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900">
        <main className="mx-auto max-w-4xl p-6">{children}</main>
      </body>
    </html>
  );
}
