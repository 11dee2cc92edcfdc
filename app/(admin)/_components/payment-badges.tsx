import type { PaymentFlag, PaymentStatus } from "@/lib/db/schema";

const statusTone: Record<PaymentStatus, string> = {
  created: "bg-slate-100 text-slate-700",
  pending: "bg-sky-100 text-sky-800",
  succeeded: "bg-emerald-100 text-emerald-800",
  failed: "bg-rose-100 text-rose-800",
  expired: "bg-amber-100 text-amber-900",
  refunded: "bg-violet-100 text-violet-800",
};

export const flagText: Record<PaymentFlag, string> = {
  review_mismatch: "Held for review: PMS's answer does not match our record",
  refund_extra: "Refund: second payment for an order already paid",
  paid_late: "Paid late: fulfil or refund",
  stock_short: "Paid, but sold out meanwhile: restock, substitute or refund",
};

export function StatusBadge({ status }: { status: PaymentStatus }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusTone[status]}`}>{status}</span>;
}

export function FlagBadge({ flag }: { flag: PaymentFlag | null }) {
  if (!flag) return null;
  return <span className="rounded-full bg-rose-600 px-2 py-0.5 text-xs font-semibold text-white">{flagText[flag]}</span>;
}

/** /online/query has failed for this payment since `since`: it is being asked again, never closed for it. */
export function UnreachableBadge({ since }: { since: Date | null }) {
  if (!since) return null;
  return <span className="rounded-full bg-amber-500 px-2 py-0.5 text-xs font-semibold text-slate-950">PMS unreachable</span>;
}
