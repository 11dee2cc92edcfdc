import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Footer" });
  return (
    <footer className="border-t border-stone-200 bg-white">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-500 sm:px-6">{t("note")}</p>
    </footer>
  );
}
