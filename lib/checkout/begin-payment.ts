import "server-only";
import { getDb } from "@/lib/db";
import type { Payment } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { linesShortOfStock, loadCart } from "@/lib/cart/cart-store";
import { itemName } from "@/lib/catalog/names";
import { getPmsClient, getPmsConfig, type PmsClient, type PmsFailureKind } from "@/lib/pms";
import { toPmsLang, type AppLocale } from "@pms-kit/client/lang";
import type { PmsPaymentType } from "@pms-kit/client/payment-types";
import type { CheckoutDetails } from "./details";
import { toOrderDetails } from "./details-store";
import { createReturnToken, generateRrn } from "@/lib/payments/identifiers";
import { startPaymentAttempt, startRetryAttempt, type NewAttempt } from "@/lib/payments/attempts";
import { getOrderRow, listOrderItems } from "@/lib/payments/queries";
import { recordSaleAccepted, recordSaleFailed } from "@/lib/payments/sales";

export type BeginPaymentInput = {
  cartId: string;
  locale: AppLocale;
  method: PmsPaymentType;
  /** Contact and delivery; required for a new order, unused when paying an existing one. */
  details?: CheckoutDetails | undefined;
  /** The signed-in shopper placing the order, if any. */
  shopperId?: string | undefined;
  /** Set when the shopper pays for an existing unpaid order another way. */
  orderId?: string | undefined;
  userAgent?: string | undefined;
  seller: string;
};

export type BeginPaymentResult =
  | { ok: true; paymentUrl: string; payment: Payment }
  | { ok: false; reason: "empty-cart" | "out-of-stock" | "no-details" | "in-progress" | "already-paid" | "not-found" | "config" | PmsFailureKind };

/**
 * Checkout's money path. The order and the attempt are written before PMS
 * is called, so whatever happens next (PMS error, timeout, a crash) the
 * attempt exists and reconciliation will settle it. Prices come from the
 * database, never from the browser.
 */
export async function beginPayment(input: BeginPaymentInput, client?: PmsClient): Promise<BeginPaymentResult> {
  let pms: PmsClient;
  let storeCode: string;
  try {
    pms = client ?? getPmsClient();
    storeCode = getPmsConfig().storeCode;
  } catch (error) {
    console.error("[checkout]", error instanceof Error ? error.message : error);
    return { ok: false, reason: "config" };
  }
  const db = await getDb();
  const now = new Date();
  const token = createReturnToken();
  const attempt: NewAttempt = {
    rrn: generateRrn(now),
    method: input.method,
    storeCode,
    returnTokenHash: token.hash,
    pmsTimeoutAt: new Date(now.getTime() + env.PMS_PAYMENT_TIMEOUT_MS),
    firstCheckAt: new Date(now.getTime() + 10_000),
  };

  const started = input.orderId
    ? await startRetry(input.orderId, input.cartId, attempt, now)
    : await startFromCart(input, attempt, now);
  if (started.kind !== "created") {
    if (started.kind === "in-progress" && started.payment.paymentUrl) {
      // The same click again, or a second tab: back to the payment page already open.
      return { ok: true, paymentUrl: started.payment.paymentUrl, payment: started.payment };
    }
    return { ok: false, reason: started.kind };
  }

  const { payment, order } = started;
  const items = await listOrderItems(db, order.id);
  const sale = await pms.createSale({
    type: input.method,
    rrn: payment.rrn,
    amountCents: payment.amountCents,
    lang: toPmsLang(input.locale),
    txDateTime: now,
    subject: items.map((item) => `${itemName(item.name, item.variantLabel, input.locale)} ×${item.quantity}`).join(", "),
    seller: input.seller,
    returnUrl: `${env.APP_URL}/checkout/result?token=${token.token}`,
    webhookUrl: `${env.APP_URL}/api/pms/webhook/${payment.id}`,
    userAgent: input.userAgent,
  });
  if (!sale.ok) {
    const { failure } = sale;
    console.warn(`[checkout] sale for rrn ${payment.rrn} failed: ${failure.detail}`);
    // Only a clear refusal is final; after a timeout PMS may have the sale, so reconciliation asks.
    const definite = failure.kind === "pms-error" || failure.kind === "invalid-request";
    await recordSaleFailed(db, payment, { definite, detail: `${failure.kind}: ${failure.detail}`, answer: { errorCode: failure.errorCode, httpStatus: failure.httpStatus } });
    return { ok: false, reason: failure.kind };
  }
  const { openForSeconds } = sale.data;
  await recordSaleAccepted(db, payment, {
    paymentUrl: sale.data.paymentUrl,
    gwRefCode: sale.data.gatewayRef,
    ...(openForSeconds !== undefined && { pmsTimeoutAt: new Date(now.getTime() + openForSeconds * 1000) }),
    answer: sale.data.raw,
  });
  return { ok: true, paymentUrl: sale.data.paymentUrl, payment };
}

async function startFromCart(input: BeginPaymentInput, attempt: NewAttempt, now: Date) {
  const db = await getDb();
  const cart = await loadCart(db, input.cartId);
  if (cart.lines.length === 0) return { kind: "empty-cart" as const };
  // Stock may have gone since the cart was filled: never open a payment for goods we know are gone.
  if (linesShortOfStock(cart).length > 0) return { kind: "out-of-stock" as const };
  if (!input.details) return { kind: "no-details" as const };
  return startPaymentAttempt(db, {
    details: toOrderDetails(input.details, cart.subtotalCents, input.shopperId),
    cartId: input.cartId,
    locale: input.locale,
    now,
    attempt,
    lines: cart.lines.map((line) => ({
      productId: line.product.id,
      variantId: line.variant.id,
      variantLabel: line.variant.label,
      name: line.product.name,
      imagePath: line.product.imagePath,
      unitPriceCents: line.variant.priceCents,
      quantity: line.quantity,
      lineTotalCents: line.lineTotalCents,
    })),
  });
}

async function startRetry(orderId: string, cartId: string, attempt: NewAttempt, now: Date) {
  const db = await getDb();
  const order = await getOrderRow(db, orderId);
  // Ownership: only the browser that placed the order may pay for it again.
  if (!order || order.cartId !== cartId) return { kind: "not-found" as const };
  return startRetryAttempt(db, { orderId, attempt, now });
}
