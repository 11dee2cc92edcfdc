import { describe, expect, it } from "vitest";
import { findAnswerMismatch } from "./answer-check";

const record = { rrn: "261125000000123456789012", amountCents: 42400, currency: "HKD", storeCode: "ST01" };

describe("findAnswerMismatch", () => {
  it("accepts an answer about our payment", () => {
    expect(findAnswerMismatch(record, { rrn: record.rrn, amountCents: 42400, currency: "hkd", storeCode: "ST01" })).toBeUndefined();
    expect(findAnswerMismatch(record, { rrn: record.rrn, amountCents: 42400, currency: "HKD" })).toBeUndefined();
  });
  it("names every difference", () => {
    const mismatch = findAnswerMismatch(record, { rrn: "x", amountCents: 1, currency: "USD", storeCode: "ST99" });
    expect(mismatch).toMatch(/rrn x/);
    expect(mismatch).toMatch(/amount 1 is not 42400/);
    expect(mismatch).toMatch(/currency USD/);
    expect(mismatch).toMatch(/store ST99/);
  });
});
