import type { Metadata, Viewport } from "next";
import { cache } from "react";
import { isSandboxEnabled } from "@/lib/pms-sandbox/config";
import { getDictionary } from "@pms-kit/sandbox/dictionaries";
import { defaultLang, htmlLang, parseLang, type SandboxLang } from "@pms-kit/sandbox/lang";
import { loadPaymentLang } from "@/lib/pms-sandbox/payments";
import "../../../globals.css";

type Props = { params: Promise<{ token: string }> };

// Layout and metadata ask once per request.
const saleLang = cache(async (token: string): Promise<SandboxLang> =>
  isSandboxEnabled() ? (parseLang(await loadPaymentLang(token)) ?? defaultLang) : defaultLang,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  return { title: getDictionary(await saleLang(token)).page.documentTitle, robots: { index: false, follow: false } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The payment pages' own root layout: they stand in for another company's
 * website, so they share nothing with the shop's. The whole document declares
 * the sale's language (zh-HK, zh-CN or en), which only this segment knows.
 */
export default async function PaymentLayout({ params, children }: Props & { children: React.ReactNode }) {
  const { token } = await params;
  return (
    <html lang={htmlLang(await saleLang(token))}>
      <body className="min-h-screen bg-slate-100 text-slate-900">{children}</body>
    </html>
  );
}
