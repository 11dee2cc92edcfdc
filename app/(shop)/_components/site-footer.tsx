import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { brandName, merchant } from "@/lib/merchant";

const links = [
  { href: "/contact", key: "contact" },
  { href: "/delivery", key: "delivery" },
  { href: "/returns", key: "returns" },
  { href: "/privacy", key: "privacy" },
  { href: "/terms", key: "terms" },
] as const;

/** Who the merchant is and how to reach them, on every shop page (details from lib/merchant.ts). */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Footer" });
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-stone-600 sm:px-6">
        <nav aria-label={t("nav")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {links.map((link) => (
              <li key={link.key}>
                <Link href={link.href} className="text-harbour-700 underline-offset-2 hover:underline">
                  {t(link.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          <span className="font-semibold text-stone-900">{brandName(locale)}</span> ·{" "}
          <a href={`mailto:${merchant.email}`} className="underline-offset-2 hover:underline">
            {merchant.email}
          </a>{" "}
          · {merchant.phone}
        </p>
        <p>{t("company", { legalName: merchant.legalName, address: merchant.address[locale], br: merchant.businessRegistration })}</p>
        <p>{t("note")}</p>
      </div>
    </footer>
  );
}
