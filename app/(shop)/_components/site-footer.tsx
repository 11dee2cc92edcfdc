import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Footer");
  return (
    <footer className="border-t border-stone-200 bg-white">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-500 sm:px-6">{t("note")}</p>
    </footer>
  );
}
