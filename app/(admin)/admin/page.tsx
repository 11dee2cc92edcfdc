import Link from "next/link";
import { describeCount, parseKeysetPage } from "@/lib/admin/keyset";
import { countPaymentsForStaff, listPaymentsForStaff, paymentViews, type PaymentView } from "@/lib/admin/queries";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { methodLabel } from "@/lib/admin/method-labels";
import { formatHkd } from "@/lib/money";
import { orderReference } from "@/lib/orders/reference";
import { formatHkTime } from "../_components/hk-time";
import { AdminHeader } from "../_components/admin-header";
import { KeysetPager } from "../_components/keyset-pager";
import { FlagBadge, StatusBadge, UnreachableBadge } from "../_components/payment-badges";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const viewLabels: Record<PaymentView, string> = { attention: "Needs attention", live: "Not final yet", all: "All payments" };

export default async function AdminPaymentsPage({ searchParams }: Props) {
  const actor = await staffForPage();
  const params = await searchParams;
  const view = paymentViews.find((v) => v === params.view) ?? "all";
  const rrn = typeof params.rrn === "string" ? params.rrn.trim() : undefined;
  const problems: string[] = [];
  const page = parseKeysetPage(params, problems);
  const filter = { view, rrn };
  const [{ rows, newer, older }, found] = await Promise.all([listPaymentsForStaff(actor, filter, page), countPaymentsForStaff(actor, filter)]);
  const base = `/admin?${new URLSearchParams({ view, ...(rrn && { rrn }) })}`;
  return (
    <>
      <AdminHeader email={actor.email} current="payments" />
      <main className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8">
        <h1 className="text-2xl font-bold">Payments</h1>
        <nav aria-label="Payment views" className="flex flex-wrap items-center gap-2">
          {paymentViews.map((v) => (
            <Link
              key={v}
              href={`/admin?view=${v}`}
              aria-current={v === view ? "page" : undefined}
              className={`rounded-full px-3 py-1 text-sm ${v === view ? "bg-slate-900 text-white" : "border border-slate-300 bg-white"}`}
            >
              {viewLabels[v]}
            </Link>
          ))}
          <form className="ml-auto flex gap-2" action="/admin">
            <input type="hidden" name="view" value={view} />
            <label className="sr-only" htmlFor="rrn-search">
              Find by rrn
            </label>
            <input id="rrn-search" name="rrn" defaultValue={rrn} placeholder="rrn" inputMode="numeric" className="w-64 rounded-md border border-slate-300 px-2 py-1 font-mono text-sm" />
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm">
              Find
            </button>
          </form>
        </nav>
        {problems.length > 0 && (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {problems.join(" ")}
          </p>
        )}
        <p className="text-sm text-slate-600">
          {describeCount(found, ["payment", "payments"])}
          {found.capped ? " (counted up to 1,000)" : ""}, newest first
        </p>
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="p-3">Started (HKT)</th>
                <th className="p-3">rrn</th>
                <th className="p-3">Method</th>
                <th className="p-3 text-right">Amount</th>
                <th className="p-3">Payment</th>
                <th className="p-3">Order</th>
                <th className="p-3">Attention</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.length === 0 && (
                <tr>
                  <td colSpan={7} className="p-6 text-center text-slate-500">
                    No payments here.
                  </td>
                </tr>
              )}
              {rows.map(({ payment, orderStatus, orderPaidPaymentId }) => (
                <tr key={payment.id} data-testid="payment-row">
                  <td className="p-3 whitespace-nowrap">{formatHkTime(payment.createdAt)}</td>
                  <td className="p-3 font-mono text-xs">
                    <Link href={`/admin/payments/${payment.id}`} className="underline" aria-label={`Story of payment ${payment.rrn}`}>
                      {payment.rrn}
                    </Link>
                  </td>
                  <td className="p-3">{methodLabel(payment.method)}</td>
                  <td className="p-3 text-right tabular-nums">{formatHkd(payment.amountCents)}</td>
                  <td className="p-3">
                    <StatusBadge status={payment.status} />
                  </td>
                  <td className="p-3">
                    <Link href={`/admin/orders/${payment.orderId}`} prefetch={false} className="font-mono underline">
                      <span className="sr-only">Order </span>
                      {orderReference(payment.orderId)}
                    </Link>
                    <span className="block text-xs text-slate-500" data-testid="payment-order-state">
                      {orderStateForAttempt(orderStatus, orderPaidPaymentId, payment.id)}
                    </span>
                  </td>
                  <td className="flex flex-wrap gap-1 p-3">
                    <FlagBadge flag={payment.flag} />
                    <UnreachableBadge since={payment.pmsUnreachableSince} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <KeysetPager label="Payment pages" base={base} newer={newer} older={older} paged={page.direction !== "first"} />
      </main>
    </>
  );
}

/**
 * The order's status as it bears on this attempt: a failed attempt of an order another attempt
 * paid must not read "paid" on its own row.
 */
function orderStateForAttempt(status: string, paidPaymentId: string | null, paymentId: string): string {
  if (status !== "paid" && status !== "refunded") return `order ${status}`;
  if (paidPaymentId === paymentId) return status === "paid" ? "paid the order" : "paid the order, refunded";
  return `order ${status} by another attempt`;
}
