import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * An order this browser may not see (or that does not exist: the page says
 * the same either way). The usual reason is a link opened on another device,
 * so offer the two ways in that work there: signing in, or a link by email.
 */
export default async function OrderNotFound() {
  const t = await getTranslations("Order");
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("notFound")}</h1>
      <p className="text-stone-600">{t("notFoundHelp")}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href="/account/sign-in" className="rounded-full bg-harbour-600 px-6 py-2.5 font-semibold text-white hover:bg-harbour-700">
          {t("notFoundSignIn")}
        </Link>
        <Link href="/account/find-order" className="rounded-full border border-harbour-600 px-6 py-2.5 font-semibold text-harbour-700 hover:bg-harbour-50">
          {t("notFoundFind")}
        </Link>
      </div>
    </section>
  );
}
