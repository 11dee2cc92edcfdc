import { randomBytes, randomUUID } from "node:crypto";

/** 192 random bits: the paymentUrl is the only key to the payment page. */
export function newPaymentToken(): string {
  return randomBytes(24).toString("base64url");
}

/** A gateway reference like the one in the spec's webhook example (a UUID). */
export function newGatewayRefCode(): string {
  return randomUUID();
}
