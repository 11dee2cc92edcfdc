import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import type { LocalizedText, ProductStatus, VariantKind } from "@/lib/db/schema";

/**
 * The catalog as CSV, one row per variant, and back. The same columns go
 * out and come in, so staff export, edit in a spreadsheet, and import.
 * Pure: parsed and checked here, compared with the database in ./import.ts.
 */
export const catalogCsvColumns = [
  "sku",
  "product_slug",
  "name_en",
  "name_zh_hk",
  "name_zh_cn",
  "variant_kind",
  "variant_en",
  "variant_zh_hk",
  "variant_zh_cn",
  "category",
  "status",
  "price_hkd",
  "stock",
] as const;

export type CatalogCsvRow = {
  sku: string;
  productSlug: string;
  name: LocalizedText;
  variantKind: VariantKind | null;
  variantLabel: LocalizedText | null;
  category: string | null;
  status: ProductStatus;
  priceCents: number;
  stock: number;
};

const empty: LocalizedText = { en: "", "zh-HK": "", "zh-CN": "" };

/** Money as the spreadsheet shows it: dollars and cents, "88.00". */
export const centsToDollars = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

export function toCsvRecord(row: CatalogCsvRow): string[] {
  const label = row.variantLabel ?? empty;
  return [
    row.sku,
    row.productSlug,
    row.name.en,
    row.name["zh-HK"],
    row.name["zh-CN"],
    row.variantKind ?? "",
    label.en,
    label["zh-HK"],
    label["zh-CN"],
    row.category ?? "",
    row.status,
    centsToDollars(row.priceCents),
    String(row.stock),
  ];
}

/**
 * A chunk of the export. escape_formulas puts ' before a cell starting with
 * = + - @ tab or CR, so a spreadsheet never runs a name as a formula (CSV
 * injection); the import takes that ' off again. The header and the BOM
 * (Excel then reads UTF-8, so Chinese shows) come with the first chunk.
 */
export function catalogCsvChunk(rows: CatalogCsvRow[], { first }: { first: boolean }): string {
  const body = stringify(rows.map(toCsvRecord), { escape_formulas: true });
  return first ? `\uFEFF${stringify([[...catalogCsvColumns]])}${body}` : body;
}

const slug = z
  .string()
  .max(100, { error: "at most 100 characters" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "lower-case letters, digits and single dashes only" });
const text = (max: number) => z.string().max(max, { error: `at most ${max} characters` });

const rowSchema = z.object({
  sku: z
    .string()
    .min(1, { error: "a SKU is required" })
    .max(64, { error: "at most 64 characters" })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: "letters, digits, dots, dashes and underscores only" }),
  product_slug: slug,
  name_en: text(200).min(1, { error: "the English name is required" }),
  name_zh_hk: text(200),
  name_zh_cn: text(200),
  variant_kind: z.enum(["", "size", "colour", "weight"], { error: "blank, size, colour or weight" }),
  variant_en: text(100),
  variant_zh_hk: text(100),
  variant_zh_cn: text(100),
  category: z.union([z.literal(""), slug]),
  status: z.enum(["draft", "published", "archived"], { error: "draft, published or archived" }),
  price_hkd: z
    .string()
    .regex(/^\d{1,7}(\.\d{1,2})?$/, { error: "a price in dollars and cents above zero, like 88 or 88.50" })
    .transform((value) => {
      const [dollars, cents = ""] = value.split(".");
      return Number(dollars) * 100 + Number(cents.padEnd(2, "0"));
    })
    .refine((cents) => cents > 0, { error: "a price in dollars and cents above zero, like 88 or 88.50" }),
  stock: z
    .string()
    .regex(/^\d{1,7}$/, { error: "a whole number, 0 or more" })
    .transform(Number)
    .refine((stock) => stock <= 1_000_000, { error: "at most 1,000,000" }),
});

export type RowError = { line: number; message: string };
export type ParsedCsv = { kind: "parsed"; rows: (CatalogCsvRow & { line: number })[]; errors: RowError[] } | { kind: "unreadable"; message: string };

export const maxImportRows = 20_000;

// What the export put in front of a formula-like cell; a real value never starts with ' then one of these.
const unescapeFormula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/**
 * Reads an uploaded file: UTF-8 with or without a BOM, quoted fields,
 * Chinese. A broken file (a quote never closed, a row with the wrong number
 * of cells, missing columns) is unreadable as a whole: nothing of it is
 * applied. A row whose values are wrong is an error with its line number.
 */
export function parseCatalogCsv(content: string): ParsedCsv {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(content, { bom: true, columns: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // csv-parse names the line; its message is about the file's shape and quotes nothing sensitive.
    return { kind: "unreadable", message: `The file is not valid CSV: ${message.replace(/^Invalid Record Length:|^Quote Not Closed:/, "").trim()}` };
  }
  if (records.length === 0) return { kind: "unreadable", message: "The file has no rows under its header." };
  const header = Object.keys(records[0]!.record);
  const missing = catalogCsvColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) return { kind: "unreadable", message: `The header lacks ${missing.join(", ")}. Start from an export of the catalog.` };
  if (records.length > maxImportRows) return { kind: "unreadable", message: `The file has ${records.length} rows; import at most ${maxImportRows.toLocaleString("en")} at a time.` };
  const rows: (CatalogCsvRow & { line: number })[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const cells = Object.fromEntries(Object.entries(record).map(([key, value]) => [key, unescapeFormula(value ?? "")]));
    const parsed = rowSchema.safeParse(cells);
    if (!parsed.success) {
      errors.push({ line, message: parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join("; ") });
      continue;
    }
    const earlier = seen.get(parsed.data.sku);
    if (earlier !== undefined) {
      errors.push({ line, message: `sku: ${parsed.data.sku} is also on line ${earlier}` });
      continue;
    }
    seen.set(parsed.data.sku, line);
    const data = parsed.data;
    const label = { en: data.variant_en, "zh-HK": data.variant_zh_hk, "zh-CN": data.variant_zh_cn };
    rows.push({
      line,
      sku: data.sku,
      productSlug: data.product_slug,
      name: { en: data.name_en, "zh-HK": data.name_zh_hk, "zh-CN": data.name_zh_cn },
      variantKind: data.variant_kind === "" ? null : data.variant_kind,
      variantLabel: label.en || label["zh-HK"] || label["zh-CN"] ? label : null,
      category: data.category || null,
      status: data.status,
      priceCents: data.price_hkd,
      stock: data.stock,
    });
  }
  return { kind: "parsed", rows, errors };
}
