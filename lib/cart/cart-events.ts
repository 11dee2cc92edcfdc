/**
 * Fired in the browser when this shopper's cart changed on a cached page,
 * so the header's count (filled from /api/cart/summary) asks again.
 */
export const cartChangedEvent = "cart-changed";

/** What GET /api/cart/summary answers: the count and the header's label for it, in the shopper's language. */
export type CartSummary = { count: number; label: string };
