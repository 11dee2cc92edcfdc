import { getTranslations } from "next-intl/server";
import { catalogSorts, type ListingOptions } from "@/lib/catalog/listing";

/** Sort and "in stock only" as a plain GET form: works without JavaScript, and the URL can be shared. */
export async function ListingControls({ action, options, count }: { action: string; options: ListingOptions; count: number }) {
  const t = await getTranslations("Catalog");
  return (
    <form action={action} method="get" className="flex flex-wrap items-end justify-between gap-3 text-sm">
      <p className="text-stone-600" aria-live="polite">
        {t("productCount", { count })}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 font-medium text-stone-700">
          {t("sortLabel")}
          <select name="sort" defaultValue={options.sort} className="rounded-md border border-stone-300 bg-white px-2 py-1.5">
            {catalogSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort_${sort}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 py-1.5 font-medium text-stone-700">
          <input type="checkbox" name="instock" value="1" defaultChecked={options.inStockOnly} className="h-4 w-4 accent-harbour-600" />
          {t("inStockOnly")}
        </label>
        <button type="submit" className="rounded-full bg-harbour-600 px-4 py-1.5 font-semibold text-white hover:bg-harbour-700">
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
