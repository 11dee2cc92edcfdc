import { z } from "zod";
import { normalizeQuery } from "@/lib/catalog/listing";
import { productStatus, type ProductStatus } from "@/lib/db/schema/catalog";

/**
 * The back office's product list, as its query string says: a typo in a
 * URL is dropped and named on the page, never a 500. Pure, so tested alone.
 */
export const productSorts = ["updated", "name", "price-asc", "price-desc", "stock-asc", "stock-desc"] as const;
export type ProductSort = (typeof productSorts)[number];
export const productSortLabels: Record<ProductSort, string> = {
  updated: "Last changed",
  name: "Name (A–Z)",
  "price-asc": "Price: low to high",
  "price-desc": "Price: high to low",
  "stock-asc": "Stock: least first",
  "stock-desc": "Stock: most first",
};
export const stockFilters = ["low", "out"] as const;
export type StockFilter = (typeof stockFilters)[number];

export const productPageSize = 25;

export type ProductFilter = {
  q: string;
  categoryId?: number | "none" | undefined;
  status?: ProductStatus | undefined;
  stock?: StockFilter | undefined;
  sort: ProductSort;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const first = (params: Params, name: string) => {
  const raw = params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
};

const shown = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

function pick<T extends string>(values: readonly T[], raw: string | undefined, label: string, problems: string[]): T | undefined {
  if (raw === undefined) return undefined;
  const parsed = z.enum(values).safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(`${label} ${shown(raw)} is not one of ${values.join(", ")}; it was ignored.`);
  return undefined;
}

export function parseProductFilter(params: Params): { filter: ProductFilter; problems: string[] } {
  const problems: string[] = [];
  const categoryRaw = first(params, "category");
  let categoryId: ProductFilter["categoryId"];
  if (categoryRaw === "none") categoryId = "none";
  else if (categoryRaw !== undefined && /^\d{1,9}$/.test(categoryRaw)) categoryId = Number(categoryRaw);
  else if (categoryRaw !== undefined) problems.push(`Category ${shown(categoryRaw)} is not a category; it was ignored.`);
  const pageRaw = first(params, "page");
  const page = pageRaw && /^\d{1,6}$/.test(pageRaw) && Number(pageRaw) >= 1 ? Number(pageRaw) : 1;
  if (pageRaw && page === 1 && pageRaw !== "1") problems.push(`Page ${shown(pageRaw)} is not a page number; showing the first.`);
  return {
    filter: {
      q: normalizeQuery(first(params, "q")),
      categoryId,
      status: pick(productStatus.enumValues, first(params, "status"), "Status", problems),
      stock: pick(stockFilters, first(params, "stock"), "Stock", problems),
      sort: pick(productSorts, first(params, "sort"), "Sort", problems) ?? "updated",
      page,
    },
    problems,
  };
}

/** The filter as a query string (page left out unless asked), for the pager's links. */
export function productFilterQuery(filter: ProductFilter, page?: number): string {
  const query = new URLSearchParams();
  if (filter.q) query.set("q", filter.q);
  if (filter.categoryId !== undefined) query.set("category", String(filter.categoryId));
  if (filter.status) query.set("status", filter.status);
  if (filter.stock) query.set("stock", filter.stock);
  if (filter.sort !== "updated") query.set("sort", filter.sort);
  if (page && page > 1) query.set("page", String(page));
  return query.toString();
}
