import { describe, expect, it } from "vitest";
import { catalogCsvChunk, catalogCsvColumns, centsToDollars, parseCatalogCsv } from "./format";

const header = catalogCsvColumns.join(",");
const row = (cells: Partial<Record<(typeof catalogCsvColumns)[number], string>>) =>
  catalogCsvColumns
    .map((column) => cells[column] ?? { sku: "tea-1", product_slug: "tea", name_en: "Tea", status: "draft", price_hkd: "1", stock: "0" }[column as string] ?? "")
    .map((cell) => `"${cell.replaceAll('"', '""')}"`)
    .join(",");

describe("catalog CSV", () => {
  it("money goes out as dollars and cents and comes back as integer cents", () => {
    expect(centsToDollars(8800)).toBe("88.00");
    expect(centsToDollars(5)).toBe("0.05");
    const parsed = parseCatalogCsv([header, row({ price_hkd: "88" }), row({ sku: "b", price_hkd: "88.5" }), row({ sku: "c", price_hkd: "0.05" })].join("\n"));
    expect(parsed.kind === "parsed" && parsed.rows.map((r) => r.priceCents)).toEqual([8800, 8850, 5]);
  });

  it("refuses a zero, negative or three-decimal price and a fractional stock, by line", () => {
    const parsed = parseCatalogCsv([header, row({ price_hkd: "0" }), row({ sku: "b", price_hkd: "-1" }), row({ sku: "c", price_hkd: "1.005" }), row({ sku: "d", stock: "1.5" })].join("\n"));
    expect(parsed.kind === "parsed" && parsed.errors.map((error) => error.line)).toEqual([2, 3, 4, 5]);
  });

  it("reads a BOM, quoted commas, quotes and line breaks, and Chinese", () => {
    const csv = `\uFEFF${header}\n${row({ name_en: 'Cup, "enamel"\nlarge', name_zh_hk: "搪瓷杯" })}\n`;
    const parsed = parseCatalogCsv(csv);
    expect(parsed.kind === "parsed" && parsed.rows[0]!.name).toEqual({ en: 'Cup, "enamel"\nlarge', "zh-HK": "搪瓷杯", "zh-CN": "" });
  });

  it("the export's formula guard round-trips: ' is added going out and taken off coming in", () => {
    const out = catalogCsvChunk(
      [{ sku: "x-1", productSlug: "x", name: { en: "=SUM(A1)", "zh-HK": "-1", "zh-CN": "@me" }, variantKind: null, variantLabel: null, category: null, status: "draft", priceCents: 100, stock: 1 }],
      { first: true },
    );
    expect(out).toContain("'=SUM(A1)");
    const parsed = parseCatalogCsv(out);
    expect(parsed.kind === "parsed" && parsed.rows[0]!.name).toEqual({ en: "=SUM(A1)", "zh-HK": "-1", "zh-CN": "@me" });
  });

  it("a broken quote, a missing column or an empty file is unreadable as a whole", () => {
    expect(parseCatalogCsv(`${header}\n"tea-1,tea,Tea\n`).kind).toBe("unreadable");
    expect(parseCatalogCsv("sku,price_hkd\ntea-1,1\n")).toMatchObject({ kind: "unreadable", message: expect.stringContaining("The header lacks product_slug") });
    expect(parseCatalogCsv(`${header}\n`).kind).toBe("unreadable");
  });
});
