import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { LanguageSwitcherClient } from "./language-switcher.client";

export async function LanguageSwitcher({ current }: { current: Locale }) {
  const t = await getTranslations({ locale: current, namespace: "Language" });
  return <LanguageSwitcherClient current={current} labels={{ label: t("label"), submit: t("submit") }} />;
}
