import { productSortLabels, productSorts, type ProductFilter } from "@/lib/admin/catalog/product-filters";

const field = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

/** A plain GET form: the filter lives in the URL and works without JavaScript. */
export function ProductFilterForm({ filter, categories }: { filter: ProductFilter; categories: { id: number; name: string }[] }) {
  return (
    <form action="/admin/products" method="get" aria-label="Filter products" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3">
      <label className="flex flex-col gap-1 text-sm">
        Search
        <input name="q" type="search" defaultValue={filter.q} placeholder="Name in any language, or SKU" className={`${field} w-64`} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Category
        <select name="category" defaultValue={filter.categoryId === undefined ? "" : String(filter.categoryId)} className={field}>
          <option value="">Any</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
          <option value="none">No category</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Status
        <select name="status" defaultValue={filter.status ?? ""} className={field}>
          <option value="">Any</option>
          <option value="draft">Draft</option>
          <option value="published">Published</option>
          <option value="archived">Archived</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Stock
        <select name="stock" defaultValue={filter.stock ?? ""} className={field}>
          <option value="">Any</option>
          <option value="low">Low stock</option>
          <option value="out">Sold out</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Sort by
        <select name="sort" defaultValue={filter.sort} className={field}>
          {productSorts.map((sort) => (
            <option key={sort} value={sort}>
              {productSortLabels[sort]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white">
        Filter
      </button>
      {/* A full load, not <Link>: it resets the form's uncontrolled fields. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a reset of the GET form, on purpose */}
      <a href="/admin/products" className="py-1.5 text-sm underline">
        Clear
      </a>
    </form>
  );
}
