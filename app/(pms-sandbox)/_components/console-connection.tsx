import { setPaymentTimeoutAction } from "@/app/(pms-sandbox)/pms-sandbox/actions";
import type { ConsoleData } from "@pms-kit/sandbox";

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/** How a merchant connects, and the timings in force. */
export function ConsoleConnection({ appUrl, data }: { appUrl: string; data: ConsoleData }) {
  const { timings } = data;
  // The shop mounts the sandbox with its one merchant account.
  const credentials = data.credentials[0] ?? { apiKey: "", secret: null };
  const rows: Array<[string, React.ReactNode]> = [
    ["PMS_BASE_URL", <code key="base">{`${appUrl}/tt-pms-ws/rest`}</code>],
    ["Operations", <code key="ops">POST /online/gateway · /online/sales · /online/query</code>],
    ["Test helper", <code key="helper">POST /tt-pms-ws/rest/sandbox/complete</code>],
    ["apiKey", <code key="key">{credentials.apiKey}</code>],
    ["secret", credentials.secret ? <code key="secret">{credentials.secret}</code> : "from PMS_SECRET (not shown)"],
    ["Timestamp window", `± ${seconds(timings.toleranceMs)}`],
    ["Webhook interval", `${seconds(timings.webhookIntervalMs)}, at most 5 deliveries`],
  ];
  return (
    <section aria-labelledby="connection" className="rounded-xl bg-white p-5 shadow-sm">
      <h2 id="connection" className="mb-3 text-lg font-semibold">
        Connection
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
        <dt className="text-slate-500">Payment timeout</dt>
        <dd>
          <form action={setPaymentTimeoutAction} className="flex flex-wrap items-center gap-2">
            <span>
              {seconds(timings.paymentTimeoutMs)}
              {timings.paymentTimeoutFromConsole ? " (set here)" : " (PMS_SANDBOX_PAYMENT_TIMEOUT_MS)"}
            </span>
            <label className="flex items-center gap-1 text-xs text-slate-600">
              New timeout in seconds
              <input
                name="seconds"
                inputMode="numeric"
                className="w-20 rounded border border-slate-300 px-1.5 py-1 text-sm"
              />
            </label>
            <button type="submit" className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-semibold hover:bg-slate-50">
              Save (empty resets)
            </button>
            <span className="text-xs text-slate-500">applies to new sales</span>
          </form>
        </dd>
      </dl>
    </section>
  );
}
