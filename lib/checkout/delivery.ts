/**
 * Delivery options and their fees: the one place they are configured. The
 * server adds the fee to the items to get the order total (and PMS `amt`);
 * the checkout form reads the same table to label the Pay button.
 */
export const deliveryMethods = ["courier", "pickup"] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];

export const deliveryRegions = ["hk-island", "kowloon", "new-territories", "outlying-islands"] as const;
export type DeliveryRegion = (typeof deliveryRegions)[number];

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

export type DeliveryAddress = {
  name: string;
  line1: string;
  line2?: string | undefined;
  district: string;
  region: DeliveryRegion;
};
