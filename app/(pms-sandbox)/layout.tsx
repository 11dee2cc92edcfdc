import type { Metadata, Viewport } from "next";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "TTRetail PMS (sandbox)", template: "%s · TTRetail PMS (sandbox)" },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The PMS sandbox's own root layout: it stands in for another company's
 * website, so it shares nothing with the shop's layout. Pages set `lang` on
 * their content, since the sale's language is known only below this layout.
 */
export default function SandboxLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-100 text-slate-900">{children}</body>
    </html>
  );
}
