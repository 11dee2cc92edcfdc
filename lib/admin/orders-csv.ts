import { stringify } from "csv-stringify/sync";
import { centsToDecimal, deliveryLabels, formatHkDateTime, fulfilmentLabel, regionLabels } from "./order-labels";
import type { OrderListRow } from "./order-list";

/**
 * The orders list as CSV for a spreadsheet. csv-stringify quotes what needs
 * quoting (commas, quotes, line breaks) and, with escape_formulas, prefixes
 * a cell starting with = + - @ tab or CR with ' so Excel or Sheets never runs
 * a shopper's "name" as a formula (OWASP CSV injection). The BOM makes Excel
 * read UTF-8 (Chinese names) instead of the system code page.
 */
const columns = [
  "Created (HKT)",
  "Order",
  "Order id",
  "Status",
  "Fulfilment",
  "Fulfilled (HKT)",
  "Email",
  "Phone",
  "Delivery",
  "Recipient",
  "Address line 1",
  "Address line 2",
  "District",
  "Region",
  "Items",
  "Delivery fee (HKD)",
  "Total (HKD)",
  "Paid with",
  "rrn",
];

function toRecord(row: OrderListRow): string[] {
  const address = row.address;
  return [
    formatHkDateTime(row.createdAt),
    row.reference,
    row.id,
    row.status,
    fulfilmentLabel(row),
    row.fulfilledAt ? formatHkDateTime(row.fulfilledAt) : "",
    row.email ?? "",
    row.phone ?? "",
    row.deliveryMethod ? deliveryLabels[row.deliveryMethod] : "",
    address?.name ?? "",
    address?.line1 ?? "",
    address?.line2 ?? "",
    address?.district ?? "",
    address ? regionLabels[address.region] : "",
    String(row.itemsCount),
    centsToDecimal(row.feeCents),
    centsToDecimal(row.totalCents),
    row.paidMethod ?? "",
    row.paidRrn ?? "",
  ];
}

export const csvByteOrderMark = "\uFEFF";

const options = { escape_formulas: true, record_delimiter: "windows" } as const;

/** The file's start: the BOM and the header row, sent before any order is read. */
export function ordersCsvHeader(): string {
  return csvByteOrderMark + stringify([columns], options);
}

/** Rows of the file, a batch at a time (the export streams them as they are read). */
export function ordersCsvRows(rows: OrderListRow[]): string {
  return stringify(rows.map(toRecord), options);
}

export function ordersToCsv(rows: OrderListRow[]): string {
  return ordersCsvHeader() + ordersCsvRows(rows);
}
