import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("Errors");
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="text-stone-600">{t("notFoundBody")}</p>
      <Link href="/" className="rounded-full bg-harbour-600 px-6 py-2.5 font-semibold text-white">
        {t("goHome")}
      </Link>
    </section>
  );
}
