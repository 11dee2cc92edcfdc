import { completePaymentAction } from "@/app/(pms-sandbox)/pms-sandbox/actions";
import type { PmsTransaction } from "@pms-kit/sandbox";
import { formatAmount, formatHongKongTime } from "@pms-kit/sandbox/display";
import { StatusBadge } from "./status-badge";

const actionsFor: Record<string, Array<{ outcome: string; label: string; verb: string; primary?: boolean }>> = {
  "05": [
    { outcome: "success", label: "Approve", verb: "Approve payment", primary: true },
    { outcome: "failure", label: "Decline", verb: "Decline payment" },
    { outcome: "timeout", label: "Time out", verb: "Time out payment" },
  ],
  "01": [{ outcome: "refund", label: "Refund", verb: "Refund payment" }],
};

export function ConsoleTransactions({ transactions }: { transactions: PmsTransaction[] }) {
  return (
    <section aria-labelledby="transactions" className="rounded-xl bg-white p-5 shadow-sm">
      <h2 id="transactions" className="mb-3 text-lg font-semibold">
        Transactions <span className="text-sm font-normal text-slate-500">(newest first)</span>
      </h2>
      {transactions.length === 0 ? (
        <p className="text-sm text-slate-600">No sales yet. POST one to /online/sales.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
              <tr>
                <th className="py-2 pr-3">Created (HKT)</th>
                <th className="py-2 pr-3">rrn</th>
                <th className="py-2 pr-3">Type</th>
                <th className="py-2 pr-3 text-right">Amount</th>
                <th className="py-2 pr-3">Status</th>
                <th className="py-2 pr-3">Actions</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {transactions.map((tx) => (
                <tr key={tx.id}>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatHongKongTime(tx.createdAt)}</td>
                  <td className="py-2 pr-3">
                    <code className="font-mono text-xs">{tx.rrn}</code>
                    <details className="mt-1 text-xs">
                      <summary className="cursor-pointer text-slate-500">Request and details</summary>
                      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                        <dt className="text-slate-500">Store / till</dt>
                        <dd>
                          {tx.storeCode} / {tx.tillId}
                        </dd>
                        <dt className="text-slate-500">Expires</dt>
                        <dd>{formatHongKongTime(tx.expiresAt)}</dd>
                        <dt className="text-slate-500">gwRefCode</dt>
                        <dd className="font-mono">{tx.gwRefCode || "—"}</dd>
                        {tx.refundRefCode ? (
                          <>
                            <dt className="text-slate-500">Refund ref</dt>
                            <dd className="font-mono">{tx.refundRefCode}</dd>
                          </>
                        ) : null}
                        <dt className="text-slate-500">User-Agent</dt>
                        <dd className="break-all">{tx.userAgent || "—"}</dd>
                      </dl>
                      <pre className="mt-1 max-w-xl overflow-x-auto rounded bg-slate-50 p-2 text-[11px]">
                        {JSON.stringify(tx.request, null, 2)}
                      </pre>
                    </details>
                  </td>
                  <td className="py-2 pr-3">{tx.type}</td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">{formatAmount(tx.amt)}</td>
                  <td className="py-2 pr-3">
                    <StatusBadge value={tx.status} />
                  </td>
                  <td className="py-2 pr-3">
                    <div className="flex flex-wrap items-center gap-1.5">
                      {(actionsFor[tx.status] ?? []).map((action) => (
                        <form key={action.outcome} action={completePaymentAction}>
                          <input type="hidden" name="id" value={tx.id} />
                          <input type="hidden" name="outcome" value={action.outcome} />
                          <button
                            type="submit"
                            aria-label={`${action.verb} ${tx.rrn}`}
                            className={`rounded-md px-2.5 py-1 text-xs font-semibold ${
                              action.primary
                                ? "bg-emerald-600 text-white hover:bg-emerald-700"
                                : "border border-slate-300 hover:bg-slate-50"
                            }`}
                          >
                            {action.label}
                          </button>
                        </form>
                      ))}
                      <a href={`/pms-payment/${tx.token}`} className="text-xs text-slate-600 underline">
                        Payment page
                      </a>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
