import { resendWebhookAction } from "@/app/(pms-sandbox)/pms-sandbox/actions";
import type { ConsoleData } from "@pms-kit/sandbox";
import { formatHongKongTime } from "@pms-kit/sandbox/display";
import { serializeWebhookPayload } from "@pms-kit/sandbox/payload";
import { StatusBadge } from "./status-badge";

export function ConsoleDeliveries({ deliveries }: { deliveries: ConsoleData["deliveries"] }) {
  return (
    <section aria-labelledby="deliveries" className="rounded-xl bg-white p-5 shadow-sm">
      <h2 id="deliveries" className="mb-3 text-lg font-semibold">
        Webhook deliveries <span className="text-sm font-normal text-slate-500">(one per notification)</span>
      </h2>
      {deliveries.length === 0 ? (
        <p className="text-sm text-slate-600">No notifications yet. A sale with a webhookUrl gets one per final outcome.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
              <tr>
                <th className="py-2 pr-3">Created (HKT)</th>
                <th className="py-2 pr-3">rrn / event</th>
                <th className="py-2 pr-3">State</th>
                <th className="py-2 pr-3">Attempts</th>
                <th className="py-2 pr-3">Merchant&apos;s last answer</th>
                <th className="py-2 pr-3">Actions</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {deliveries.map((delivery) => (
                <tr key={delivery.id}>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatHongKongTime(delivery.createdAt)}</td>
                  <td className="py-2 pr-3">
                    <code className="font-mono text-xs">{delivery.rrn}</code>
                    <div className="mt-1">
                      <StatusBadge value={delivery.event} />
                    </div>
                    <p className="mt-1 max-w-56 text-xs break-all text-slate-500">{delivery.url}</p>
                  </td>
                  <td className="py-2 pr-3">
                    <StatusBadge value={delivery.state} />
                    {delivery.state === "pending" ? (
                      <p className="mt-1 text-xs whitespace-nowrap text-slate-500">
                        next {formatHongKongTime(delivery.nextAttemptAt)}
                      </p>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap tabular-nums">
                    {delivery.attempts} / {delivery.maxAttempts}
                  </td>
                  <td className="py-2 pr-3">
                    <LastAnswer delivery={delivery} />
                    <AttemptLog delivery={delivery} />
                  </td>
                  <td className="py-2 pr-3">
                    <form action={resendWebhookAction}>
                      <input type="hidden" name="id" value={delivery.id} />
                      <button
                        type="submit"
                        aria-label={`Resend webhook ${delivery.event} for ${delivery.rrn}`}
                        className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-semibold hover:bg-slate-50"
                      >
                        Resend
                      </button>
                    </form>
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

type Delivery = ConsoleData["deliveries"][number];

function LastAnswer({ delivery }: { delivery: Delivery }) {
  if (delivery.attempts === 0) return <span className="text-xs text-slate-500">not sent yet</span>;
  return (
    <p className="max-w-md text-xs break-all">
      {delivery.lastStatus !== null ? <span className="font-semibold">HTTP {delivery.lastStatus} </span> : null}
      {delivery.lastError ? <span className="text-rose-700">{delivery.lastError} </span> : null}
      {delivery.lastAnswer ? <code className="font-mono">{delivery.lastAnswer.slice(0, 200)}</code> : null}
    </p>
  );
}

function AttemptLog({ delivery }: { delivery: Delivery }) {
  if (delivery.attemptLog.length === 0) return null;
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-slate-500">Every attempt ({delivery.attemptLog.length})</summary>
      <ol className="mt-1 flex flex-col gap-1">
        {delivery.attemptLog.map((attempt) => (
          <li key={attempt.id} className="rounded bg-slate-50 p-1.5">
            #{attempt.attemptNo}
            {attempt.copy > 0 ? " (duplicate)" : ""} · {formatHongKongTime(attempt.startedAt)} · {attempt.durationMs} ms ·{" "}
            {attempt.httpStatus !== null ? `HTTP ${attempt.httpStatus}` : "no HTTP answer"} ·{" "}
            {attempt.accepted ? "accepted" : "not accepted"}
            {attempt.error ? <span className="block text-rose-700">{attempt.error}</span> : null}
            {attempt.answer ? <code className="block font-mono break-all">{attempt.answer}</code> : null}
          </li>
        ))}
      </ol>
      <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 text-[11px]">{JSON.stringify(JSON.parse(serializeWebhookPayload(delivery.payload)), null, 2)}</pre>
    </details>
  );
}
