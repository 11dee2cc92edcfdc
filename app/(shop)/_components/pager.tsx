import Link from "next/link";
import { getTranslations } from "next-intl/server";

const linkClass = "rounded-full border border-harbour-600 px-4 py-1.5 font-medium text-harbour-700 hover:bg-harbour-50";

/**
 * Previous and next as plain links (they work without JavaScript) to URLs
 * that name the page, so each page can be shared, bookmarked and cached.
 */
export async function Pager({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("Catalog");
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← {t("previousPage")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-stone-600">
        {t("pageOf", { page, pages })}
      </p>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t("nextPage")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
