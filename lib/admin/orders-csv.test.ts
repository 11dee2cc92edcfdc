import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { centsToDecimal, formatHkDateTime, hongKongDate } from "./order-labels";
import type { OrderListRow } from "./order-list";
import { csvByteOrderMark, ordersToCsv } from "./orders-csv";

const row: OrderListRow = {
  id: "1a2b3c4d-0000-4000-8000-00000000000a",
  reference: "1A2B3C4D",
  createdAt: new Date("2025-02-28T16:30:00Z"),
  status: "paid",
  fulfilment: null,
  fulfilledAt: null,
  collectedAt: null,
  email: "amy@example.com",
  phone: "9123 4567",
  deliveryMethod: "courier",
  address: { name: "Chan Tai Man", line1: "Flat 3A, 18 Harbour Road", district: "Wan Chai", region: "hk-island" },
  itemsCount: 3,
  feeCents: 3_000,
  totalCents: 15_805,
  paidMethod: "WXPAY",
  paidRrn: "202503011200000000001234",
};

/** The CSV as a spreadsheet reads it: BOM off, then records of cells. */
function cells(csv: string): string[][] {
  expect(csv.startsWith(csvByteOrderMark)).toBe(true);
  return parse(csv.slice(1)) as string[][];
}

describe("ordersToCsv", () => {
  it("writes a header and one record per order, with the BOM and CRLF", () => {
    const csv = ordersToCsv([row]);
    const [header, record] = cells(csv);
    expect(csv).toContain("\r\n");
    expect(header).toEqual(expect.arrayContaining(["Created (HKT)", "Order", "Email", "Phone", "Total (HKD)", "rrn"]));
    const at = (name: string) => record![header!.indexOf(name)];
    expect(at("Created (HKT)")).toBe("2025-03-01 00:30:00");
    expect(at("Order")).toBe("1A2B3C4D");
    expect(at("Address line 1")).toBe("Flat 3A, 18 Harbour Road");
    expect(at("Region")).toBe("Hong Kong Island");
    expect(at("Delivery")).toBe("Courier");
    expect(at("Items")).toBe("3");
    expect(at("Delivery fee (HKD)")).toBe("30.00");
    expect(at("Total (HKD)")).toBe("158.05");
    expect(at("Paid with")).toBe("WXPAY");
    expect(at("rrn")).toBe("202503011200000000001234");
  });

  it("names the fulfilment: waiting is empty, then shipped, ready for pick-up, or collected once the shopper took it", () => {
    const fulfilment = (changes: Partial<OrderListRow>) => {
      const [header, record] = cells(ordersToCsv([{ ...row, ...changes }]));
      return record![header!.indexOf("Fulfilment")];
    };
    const fulfilledAt = new Date("2025-03-02T02:00:00Z");
    expect(fulfilment({})).toBe("");
    expect(fulfilment({ fulfilment: "shipped", fulfilledAt })).toBe("Shipped");
    expect(fulfilment({ fulfilment: "ready_for_pickup", fulfilledAt, deliveryMethod: "pickup" })).toBe("Ready for pick-up");
    expect(fulfilment({ fulfilment: "ready_for_pickup", fulfilledAt, collectedAt: fulfilledAt, deliveryMethod: "pickup" })).toBe("Collected");
  });

  it("quotes commas, quotes and line breaks, so a cell stays one cell", () => {
    const name = 'Chan "Big" Tai, Man\r\nFlat 3';
    const csv = ordersToCsv([{ ...row, address: { ...row.address!, name } }]);
    expect(csv).toContain('"Chan ""Big"" Tai, Man\r\nFlat 3"');
    const [header, record] = cells(csv);
    expect(record![header!.indexOf("Recipient")]).toBe(name);
    expect(record).toHaveLength(header!.length);
  });

  it("neutralises a cell that a spreadsheet would run as a formula (= + - @ tab CR)", () => {
    for (const attack of ['=HYPERLINK("http://evil.example","x")', "+852 9123 4567", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]) {
      const [header, record] = cells(ordersToCsv([{ ...row, phone: attack, address: { ...row.address!, name: attack } }]));
      expect(record![header!.indexOf("Phone")]).toBe(`'${attack}`);
      expect(record![header!.indexOf("Recipient")]).toBe(`'${attack}`);
    }
  });

  it("leaves ordinary text alone, including Chinese and a formula character later in the cell", () => {
    const [header, record] = cells(ordersToCsv([{ ...row, address: { ...row.address!, name: "陳大文 = boss" } }]));
    expect(record![header!.indexOf("Recipient")]).toBe("陳大文 = boss");
  });

  it("writes empty cells for what a pick-up or unpaid order lacks", () => {
    const [header, record] = cells(ordersToCsv([{ ...row, deliveryMethod: "pickup", address: null, phone: null, paidMethod: null, paidRrn: null }]));
    for (const name of ["Recipient", "Region", "Phone", "Paid with", "rrn"]) expect(record![header!.indexOf(name)]).toBe("");
    expect(record![header!.indexOf("Delivery")]).toBe("Pick-up");
  });

  it("an empty list is just the header", () => {
    expect(cells(ordersToCsv([]))).toHaveLength(1);
  });
});

describe("labels", () => {
  it("formats Hong Kong times and days and cents without floats", () => {
    expect(formatHkDateTime(new Date("2025-02-28T15:59:59Z"))).toBe("2025-02-28 23:59:59");
    expect(hongKongDate(new Date("2025-02-28T16:00:00Z"))).toBe("2025-03-01");
    expect(centsToDecimal(0)).toBe("0.00");
    expect(centsToDecimal(5)).toBe("0.05");
    expect(centsToDecimal(123_456_789)).toBe("1234567.89");
    expect(() => centsToDecimal(1.5)).toThrow(TypeError);
  });
});
