/** A signed-in shopper, as a value (lib/accounts/session.ts resolves it). A leaf: imports nothing. */
export type ShopperSession = { id: string; email: string };
