"use client";

import { useEffect, useState } from "react";

type Props = {
  statusUrl: string;
  expiresAtMs: number;
  serverNowMs: number;
  closesIn: string;
  closed: string;
};

/**
 * The countdown to the payment's timeout, and the browser's half of "after
 * the outcome, go to returnUrl": it asks the sandbox every two seconds and
 * follows as soon as the payment is final — approved on a phone, by the
 * console, or timed out.
 */
export function PaymentWatcher({ statusUrl, expiresAtMs, serverNowMs, closesIn, closed }: Props) {
  const [remainingMs, setRemainingMs] = useState(expiresAtMs - serverNowMs);

  useEffect(() => {
    // The server's clock decides the deadline; correct for this device's clock.
    const skew = serverNowMs - Date.now();
    const tick = setInterval(() => setRemainingMs(expiresAtMs - (Date.now() + skew)), 1000);
    return () => clearInterval(tick);
  }, [expiresAtMs, serverNowMs]);

  useEffect(() => {
    let stopped = false;
    const check = async () => {
      try {
        const response = await fetch(statusUrl, { cache: "no-store" });
        if (!response.ok) return;
        const status = (await response.json()) as { final?: boolean; next?: string };
        if (status.final && status.next && !stopped) {
          stopped = true;
          window.location.assign(status.next);
        }
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    };
    const poll = setInterval(() => void check(), 2000);
    return () => {
      stopped = true;
      clearInterval(poll);
    };
  }, [statusUrl]);

  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const text = `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <div className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900" aria-live="off">
      {seconds > 0 ? (
        <p>
          {closesIn}{" "}
          <time className="font-mono text-base font-semibold" suppressHydrationWarning>
            {text}
          </time>
        </p>
      ) : (
        <p role="status">{closed}</p>
      )}
    </div>
  );
}
