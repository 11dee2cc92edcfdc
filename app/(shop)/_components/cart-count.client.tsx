"use client";

import { useEffect, useState } from "react";
import { cartChangedEvent, type CartSummary } from "@/lib/cart/cart-events";

/**
 * The header's cart count on a cached catalog page: the HTML is the same for
 * every shopper, so the count is asked for by this browser, with its own
 * cookie, from a no-store endpoint. Without JavaScript the link just says "Cart".
 */
export function CartCountClient({ cartLabel }: { cartLabel: string }) {
  const [summary, setSummary] = useState<CartSummary | null>(null);
  useEffect(() => {
    let latest = 0;
    const load = () => {
      const ticket = ++latest;
      fetch("/api/cart/summary", { cache: "no-store", credentials: "same-origin" })
        .then((response) => (response.ok ? (response.json() as Promise<CartSummary>) : null))
        .then((answer) => {
          // Only the newest answer counts: an older one may arrive last.
          if (answer && ticket === latest) setSummary(answer);
        })
        .catch(() => {});
    };
    // A page restored from the back/forward cache may show a count from before checkout.
    const onPageShow = (event: PageTransitionEvent) => event.persisted && load();
    load();
    window.addEventListener(cartChangedEvent, load);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      latest = -1;
      window.removeEventListener(cartChangedEvent, load);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, []);
  return (
    <>
      <span className="sr-only">{summary ? summary.label : cartLabel}</span>
      <span aria-hidden="true">{cartLabel}</span>
      {summary && <CountPill count={summary.count} />}
    </>
  );
}

function CountPill({ count }: { count: number }) {
  return (
    <span data-testid="cart-count" aria-hidden="true" className="min-w-6 rounded-full bg-white px-1.5 text-center text-xs font-bold text-harbour-700">
      {count}
    </span>
  );
}
