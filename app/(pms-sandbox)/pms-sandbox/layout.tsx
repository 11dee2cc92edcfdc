import type { Metadata, Viewport } from "next";
import "../../globals.css";

export const metadata: Metadata = {
  title: { default: "TTRetail PMS (sandbox)", template: "%s · TTRetail PMS (sandbox)" },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The sandbox console's own root layout: it stands in for another company's
 * website, so it shares nothing with the shop's layout. The console is in
 * English; the payment pages have a root layout of their own in the sale's language.
 */
export default function SandboxConsoleLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-100 text-slate-900">{children}</body>
    </html>
  );
}
