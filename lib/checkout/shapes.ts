// Checkout's data shapes, in a leaf module (it imports nothing): the database schema stores them
// in jsonb columns, and checkout's logic builds on them. .dependency-cruiser.cjs keeps it a leaf.

export const deliveryMethods = ["courier", "pickup"] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];

export const deliveryRegions = ["hk-island", "kowloon", "new-territories", "outlying-islands"] as const;
export type DeliveryRegion = (typeof deliveryRegions)[number];

export type DeliveryAddress = {
  name: string;
  line1: string;
  line2?: string | undefined;
  district: string;
  region: DeliveryRegion;
};

export type CheckoutDetails =
  | { email: string; phone?: string | undefined; delivery: "pickup" }
  | { email: string; phone?: string | undefined; delivery: "courier"; address: DeliveryAddress };
