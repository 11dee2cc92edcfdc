import Link from "next/link";
import type { OrderListRow } from "@/lib/admin/order-list";
import { deliveryLabels, fulfilmentLabel, regionLabels } from "@/lib/admin/order-labels";
import { methodLabel } from "@/lib/admin/method-labels";
import { formatHkd } from "@/lib/money";
import { EmailText } from "./email-text";
import { formatHkTime } from "./hk-time";

function Delivery({ row }: { row: OrderListRow }) {
  if (!row.deliveryMethod) return <span className="text-slate-500">Not given</span>;
  return (
    <>
      {deliveryLabels[row.deliveryMethod]}
      {row.address && (
        <span className="block text-xs text-slate-500">
          {row.address.district}, {regionLabels[row.address.region]}
        </span>
      )}
    </>
  );
}

function Fulfilment({ row }: { row: OrderListRow }) {
  if (row.fulfilment) return <>{fulfilmentLabel(row)}</>;
  if (row.status === "paid") return <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">To fulfil</span>;
  return <span className="text-slate-500">—</span>;
}

// The order's reference stays in view while the table scrolls sideways on a phone.
const pinned = "sticky left-0 z-10 bg-white";

/**
 * The orders a filter found; each row links to the order's own page. What
 * staff act on (fulfilment, total, where it goes) comes first, so a phone
 * shows it before any sideways scroll.
 */
export function OrdersTable({ rows, caption }: { rows: OrderListRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="p-3 text-left text-sm text-slate-600">{caption}</caption>
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className={`${pinned} p-3`}>
              Order
            </th>
            <th scope="col" className="p-3">Fulfilment</th>
            <th scope="col" className="p-3 text-right">Total</th>
            <th scope="col" className="p-3">Delivery</th>
            <th scope="col" className="p-3">Contact</th>
            <th scope="col" className="p-3">Placed (HKT)</th>
            <th scope="col" className="p-3">Status</th>
            <th scope="col" className="p-3 text-right">Items</th>
            <th scope="col" className="p-3">Paid with</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 && (
            <tr>
              <td colSpan={9} className="p-6 text-center text-slate-500">
                No orders match.
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.id} data-testid="order-row">
              <th scope="row" className={`${pinned} p-3 font-mono`}>
                {/* No prefetch: a long list would fetch every order page. */}
                <Link href={`/admin/orders/${row.id}`} prefetch={false} className="underline">
                  <span className="sr-only">Order </span>
                  {row.reference}
                </Link>
              </th>
              <td className="p-3">
                <Fulfilment row={row} />
              </td>
              <td className="whitespace-nowrap p-3 text-right tabular-nums">
                {formatHkd(row.totalCents)}
                {row.feeCents > 0 && <span className="block text-xs text-slate-500">incl. fee {formatHkd(row.feeCents)}</span>}
              </td>
              <td className="p-3">
                <Delivery row={row} />
              </td>
              <td className="min-w-48 p-3">
                {row.email ? <EmailText email={row.email} className="block" /> : "—"}
                {row.phone && <span className="block whitespace-nowrap text-xs text-slate-500">{row.phone}</span>}
              </td>
              <td className="whitespace-nowrap p-3">{formatHkTime(row.createdAt)}</td>
              <td className="p-3">{row.status}</td>
              <td className="p-3 text-right tabular-nums">{row.itemsCount}</td>
              <td className="p-3">
                {row.paidMethod ? methodLabel(row.paidMethod) : "—"}
                {row.paidRrn && <span className="block font-mono text-xs text-slate-500">{row.paidRrn}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
