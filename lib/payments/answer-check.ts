/** What we hold about a payment, and what PMS's /online/query said about it. */
export type PaymentRecord = { rrn: string; amountCents: number; currency: string; storeCode: string };
export type PmsAnswerFacts = { rrn: string; amountCents: number; currency: string; storeCode?: string | undefined };

/**
 * The money check before any state change (docs/pms/NOTES.md #17): PMS must be talking
 * about our rrn, our amount, our currency and our store. storeCode is
 * optional in the vendor's response table, so its absence is tolerated; a
 * different value is not.
 */
export function findAnswerMismatch(record: PaymentRecord, answer: PmsAnswerFacts): string | undefined {
  const problems: string[] = [];
  if (answer.rrn !== record.rrn) problems.push(`rrn ${answer.rrn} is not ${record.rrn}`);
  if (answer.amountCents !== record.amountCents) problems.push(`amount ${answer.amountCents} is not ${record.amountCents}`);
  if (answer.currency.toUpperCase() !== record.currency.toUpperCase()) problems.push(`currency ${answer.currency} is not ${record.currency}`);
  if (answer.storeCode !== undefined && answer.storeCode !== "" && answer.storeCode !== record.storeCode) {
    problems.push(`store ${answer.storeCode} is not ${record.storeCode}`);
  }
  return problems.length > 0 ? problems.join("; ") : undefined;
}
