/**
 * Delivery options and their fees: the one place they are configured. The
 * server adds the fee to the items to get the order total (and PMS `amt`);
 * the checkout form reads the same table to label the Pay button.
 */
import type { DeliveryMethod } from "./shapes";

export { deliveryMethods, deliveryRegions, type DeliveryAddress, type DeliveryMethod, type DeliveryRegion } from "./shapes";

export const deliveryFees: Record<DeliveryMethod, { feeCents: number; freeFromItemsCents?: number }> = {
  courier: { feeCents: 3_000, freeFromItemsCents: 50_000 },
  pickup: { feeCents: 0 },
};

/** Integer cents: the fee for this method on an order whose items come to `itemsCents`. */
export function deliveryFeeCents(method: DeliveryMethod, itemsCents: number): number {
  const { feeCents, freeFromItemsCents } = deliveryFees[method];
  if (freeFromItemsCents !== undefined && itemsCents >= freeFromItemsCents) return 0;
  return feeCents;
}

