import type { Metadata } from "next";
import "../globals.css";

export const metadata: Metadata = { title: "Back office · Harbour Goods", robots: { index: false } };

// Staff work in English; the shop's languages are for shoppers.
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 print:bg-white">{children}</body>
    </html>
  );
}
