import "server-only";
import type { EventSource, Payment } from "@/lib/db/schema";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { isFinalPayment } from "@/lib/payments/transitions";

/**
 * While a payment is not final, the page asks PMS itself (through the same
 * confirmed path as webhooks) — but never waits long: a slow PMS must not
 * hang the shopper's page, which keeps polling anyway.
 */
export async function refreshPaymentIfLive(payment: Payment, source: EventSource, budgetMs = 3_000): Promise<void> {
  if (isFinalPayment(payment.status) || payment.flag === "review_mismatch") return;
  const confirmation = confirmPayment({ payment, source }).catch((error) => {
    console.warn(`[result] query for rrn ${payment.rrn} failed: ${error instanceof Error ? error.message : error}`);
  });
  await Promise.race([confirmation, new Promise((resolve) => setTimeout(resolve, budgetMs))]);
}
