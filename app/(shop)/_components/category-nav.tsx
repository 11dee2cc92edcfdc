import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listCategories, localize } from "@/lib/catalog/queries";

export async function CategoryNav({ current }: { current?: string | undefined }) {
  const [t, locale, categories] = await Promise.all([getTranslations("Catalog"), getLocale(), listCategories()]);
  return (
    <nav aria-label={t("categoriesHeading")}>
      <ul className="flex flex-wrap gap-2">
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              href={`/categories/${category.slug}`}
              aria-current={category.slug === current ? "page" : undefined}
              className={`block rounded-full border border-harbour-600 px-4 py-1.5 text-sm font-medium ${
                category.slug === current ? "bg-harbour-600 text-white" : "text-harbour-700 hover:bg-harbour-50"
              }`}
            >
              {localize(category.name, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
