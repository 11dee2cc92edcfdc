/** Payment methods documented by PMS /online/gateway. */
export const pmsPaymentTypes = ["WXPAY", "ALIPAY", "ALIPAYOS", "FPSPAY", "VMPAY", "UNIONPAY"] as const;
export type PmsPaymentType = (typeof pmsPaymentTypes)[number];

export function isPmsPaymentType(value: unknown): value is PmsPaymentType {
  return typeof value === "string" && (pmsPaymentTypes as readonly string[]).includes(value);
}
