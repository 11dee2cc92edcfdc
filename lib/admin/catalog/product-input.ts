import { z } from "zod";
import type { LocalizedText, ProductStatus, VariantKind } from "@/lib/db/schema";
import { productStatus } from "@/lib/db/schema/catalog";
import { languages, maxSlugLength, slugify, slugPattern } from "./text";

export { languageLabels, languages, maxSlugLength, slugify, slugPattern } from "./text";

/**
 * What staff type in the product editor, checked before anything is
 * touched. Pure (no database): the editor's rules in one place, tested as
 * plain functions. Field errors are keyed by the form's own field names
 * ("name.en", "variants.1.price"), so each shows beside its input.
 */


export const maxVariants = 50;
export const maxStock = 1_000_000;
const maxPriceCents = 100_000_000; // HK$1,000,000.00
const skuPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export type VariantInput = {
  /** An existing variant of this product; undefined for a new one. */
  id: number | undefined;
  sku: string;
  label: LocalizedText | null;
  priceCents: number;
  stock: number;
  /** The stock the form was opened with: a change is applied only if the shelf still holds that. */
  stockWas: number | undefined;
};

export type ProductInput = {
  name: LocalizedText;
  description: LocalizedText;
  slug: string;
  categoryId: number | null;
  status: ProductStatus;
  variantKind: VariantKind | null;
  variants: VariantInput[];
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; fieldErrors: Record<string, string[]> };

/** "88", "88.5", "HK$1,288.00" → integer cents; a message when it is not a price. Never a float. */
export function parsePriceToCents(raw: string): { cents: number } | { error: string } {
  const text = raw.trim().replace(/^HK\$|^\$/i, "").replace(/,/g, "").trim();
  if (text === "") return { error: "Give a price in HK$, like 88.00." };
  if (text.startsWith("-")) return { error: "A price cannot be negative." };
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return { error: "Type the price as dollars and cents, like 88.00." };
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (cents <= 0) return { error: "A price is at least HK$0.01." };
  if (cents > maxPriceCents) return { error: "A price is at most HK$1,000,000.00." };
  return { cents };
}

/** Integer cents as the editor shows them: "88.00". */
export function centsToPriceText(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

/** The form's flat fields ("variants.0.sku") as one record per variant row, in the order they were sent. */
function variantRows(form: Record<string, string>): Record<string, string>[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(form)) {
    const match = /^variants\.(\d{1,3})\.(.+)$/.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]!]: value });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

// English is required; a Chinese text left empty falls back to English in the shop (and the list flags it).
const localized = (max: number, required: string) => z.object({ en: text(max).min(1, required), "zh-HK": text(max), "zh-CN": text(max) });

function localizedFrom(form: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(languages.map((lang) => [lang, form[`${prefix}.${lang}`] ?? ""]));
}

function addError(errors: Record<string, string[]>, key: string, message: string) {
  (errors[key] ??= []).push(message);
}

function collect(errors: Record<string, string[]>, prefix: string, error: z.ZodError) {
  for (const issue of error.issues) addError(errors, [prefix, ...issue.path.map(String)].filter(Boolean).join("."), issue.message);
}

const wholeNumber = /^\d{1,7}$/;

function parseStock(raw: string | undefined): { stock: number } | { error: string } {
  const value = (raw ?? "").trim();
  if (value.startsWith("-")) return { error: "Stock cannot be below zero." };
  if (!wholeNumber.test(value)) return { error: "Stock is a whole number, like 12." };
  const stock = Number(value);
  if (stock > maxStock) return { error: "Stock is at most 1,000,000." };
  return { stock };
}

function parseId(raw: string | undefined): number | undefined | "bad" {
  if (!raw) return undefined;
  return /^\d{1,9}$/.test(raw) ? Number(raw) : "bad";
}

/** The editor's form, checked whole: every problem at once, each against its field. */
export function parseProductForm(form: Record<string, string>): Parsed<ProductInput> {
  const errors: Record<string, string[]> = {};
  const name = localized(120, "An English name is required.").safeParse(localizedFrom(form, "name"));
  if (!name.success) collect(errors, "name", name.error);
  const description = localized(2000, "An English description is required.").safeParse(localizedFrom(form, "description"));
  if (!description.success) collect(errors, "description", description.error);

  const typedSlug = (form.slug ?? "").trim().toLowerCase();
  const slug = typedSlug || slugify(name.success ? name.data.en : "");
  if (!slug) addError(errors, "slug", "Give a slug: lower-case letters, digits and hyphens, like star-ferry-tote.");
  else if (slug.length > maxSlugLength) addError(errors, "slug", `A slug is at most ${maxSlugLength} characters.`);
  else if (!slugPattern.test(slug)) addError(errors, "slug", "A slug has lower-case letters, digits and single hyphens only, like star-ferry-tote.");

  const categoryRaw = (form.categoryId ?? "").trim();
  const categoryId = categoryRaw === "" ? null : /^\d{1,9}$/.test(categoryRaw) ? Number(categoryRaw) : undefined;
  if (categoryId === undefined) addError(errors, "categoryId", "Choose a category from the list.");

  const status = z.enum(productStatus.enumValues).safeParse(form.status);
  if (!status.success) addError(errors, "status", "Choose draft, published or archived.");

  const kind = z.enum(["none", "size", "colour", "weight"]).safeParse(form.variantKind);
  if (!kind.success) addError(errors, "variantKind", "Choose what the variants differ by.");
  const variantKind = kind.success && kind.data !== "none" ? kind.data : null;

  const rows = variantRows(form);
  if (rows.length === 0) addError(errors, "variants", "A product needs at least one variant: its SKU, price and stock.");
  if (rows.length > maxVariants) addError(errors, "variants", `At most ${maxVariants} variants.`);
  if (kind.success && kind.data === "none" && rows.length > 1) {
    addError(errors, "variantKind", "Several variants need a kind: size or colour.");
  }

  const variants: VariantInput[] = [];
  const seenSkus = new Map<string, number>();
  rows.forEach((row, index) => {
    const at = (field: string) => `variants.${index}.${field}`;
    const id = parseId(row.id);
    if (id === "bad") addError(errors, at("sku"), "This row is not one of the product's variants; reload the page.");
    const sku = (row.sku ?? "").trim();
    if (!sku) addError(errors, at("sku"), "A SKU is required.");
    else if (!skuPattern.test(sku)) addError(errors, at("sku"), "A SKU has letters, digits, dots, dashes and underscores only (up to 64).");
    else if (seenSkus.has(sku.toLowerCase())) addError(errors, at("sku"), `SKU ${sku} is already used by row ${seenSkus.get(sku.toLowerCase())! + 1}.`);
    else seenSkus.set(sku.toLowerCase(), index);

    let label: LocalizedText | null = null;
    if (variantKind) {
      const parsed = localized(60, "An English label is required, like M or Sand.").safeParse(localizedFrom(row, "label"));
      if (parsed.success) label = parsed.data;
      else collect(errors, `variants.${index}.label`, parsed.error);
    }
    const price = parsePriceToCents(row.price ?? "");
    if ("error" in price) addError(errors, at("price"), price.error);
    const stock = parseStock(row.stock);
    if ("error" in stock) addError(errors, at("stock"), stock.error);
    const stockWas = row.stockWas === undefined || row.stockWas === "" ? undefined : parseStock(row.stockWas);
    if ("cents" in price && "stock" in stock && id !== "bad") {
      variants.push({
        id,
        sku,
        label,
        priceCents: price.cents,
        stock: stock.stock,
        stockWas: stockWas && "stock" in stockWas ? stockWas.stock : undefined,
      });
    }
  });

  if (Object.keys(errors).length > 0 || !name.success || !description.success || !status.success || categoryId === undefined) {
    return { ok: false, fieldErrors: errors };
  }
  return { ok: true, value: { name: name.data, description: description.data, slug, categoryId, status: status.data, variantKind, variants } };
}

/** Which shop languages lack a translation (a name, description or variant label left empty): the list flags them. */
export function missingTranslations(texts: (LocalizedText | null)[]): ("zh-HK" | "zh-CN")[] {
  return (["zh-HK", "zh-CN"] as const).filter((lang) => texts.some((text) => text !== null && text.en !== "" && !text[lang].trim()));
}
