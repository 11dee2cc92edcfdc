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
 * One refresh after mount, on every page that shows an order paid. The
 * layout's header reads the cart's count alongside the page, so it may have
 * read it before the transaction that paid the order (and emptied the cart)
 * committed, whether this render or PMS's webhook paid it; this page was read
 * after that commit, so a refresh now shows the emptied cart. A header whose
 * count the browser fetches (a cached page's) is told to ask again too.
 */
export function RefreshOnce() {
  const router = useRouter();
  useEffect(() => {
    router.refresh();
    window.dispatchEvent(new Event(cartChangedEvent));
  }, [router]);
  return null;
}
