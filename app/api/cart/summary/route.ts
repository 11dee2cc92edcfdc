import { getTranslations } from "next-intl/server";
import { getCurrentCart } from "@/lib/cart/queries";
import type { CartSummary } from "@/lib/cart/cart-events";

/**
 * The header's cart count for cached catalog pages (docs/decisions/009).
 * Ownership: only the cart the shopper's own cookie names is read; no-store,
 * so no cache between here and the browser ever keeps one shopper's answer.
 */
export async function GET() {
  try {
    const [cart, t] = await Promise.all([getCurrentCart(), getTranslations("Header")]);
    const summary: CartSummary = { count: cart.itemCount, label: t("cartCount", { count: cart.itemCount }) };
    return Response.json(summary, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    console.error("[cart] summary failed", error);
    return Response.json({ error: "unavailable" }, { status: 503, headers: { "Cache-Control": "private, no-store" } });
  }
}
