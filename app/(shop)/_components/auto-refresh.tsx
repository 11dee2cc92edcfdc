"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { cartChangedEvent } from "@/lib/cart/cart-events";

/** Re-renders the server page every few seconds while a payment is not final. */
export function AutoRefresh({ intervalMs = 3000 }: { intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [router, intervalMs]);
  return null;
}

/**
 * One refresh after mount: the header renders alongside the page, so when
 * this very render settled the payment, the header is stale. Its cart count
 * is filled in the browser from /api/cart/summary (a streamed header may have
 * asked before the payment's transaction emptied the cart), so it is told to
 * ask again; router.refresh() alone does not re-run it.
 */
export function RefreshOnce() {
  const router = useRouter();
  useEffect(() => {
    router.refresh();
    window.dispatchEvent(new Event(cartChangedEvent));
  }, [router]);
  return null;
}
