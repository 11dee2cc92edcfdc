import { resetFaultsAction, switchFaultAction } from "@/app/(pms-sandbox)/pms-sandbox/actions";
import type { FaultRow } from "@pms-kit/sandbox";
import { defaultFaultMs, faultDescriptions } from "@pms-kit/sandbox/faults";

const sourceText: Record<FaultRow["source"], string> = {
  env: "from PMS_SANDBOX_FAULTS",
  console: "set here",
  off: "",
};

/** "Bad days on demand": each fault with its switch. Console switches override the environment. */
export function ConsoleFaults({ faults, unknownEnvFaults }: { faults: FaultRow[]; unknownEnvFaults: string[] }) {
  return (
    <section aria-labelledby="faults" className="rounded-xl bg-white p-5 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h2 id="faults" className="text-lg font-semibold">
          Fault switches
        </h2>
        <form action={resetFaultsAction} className="ml-auto">
          <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50">
            Reset all to environment
          </button>
        </form>
      </div>
      {unknownEnvFaults.length > 0 ? (
        <p role="alert" className="mb-3 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          PMS_SANDBOX_FAULTS has entries the sandbox does not know, ignored: {unknownEnvFaults.join(", ")}
        </p>
      ) : null}
      <ul className="divide-y divide-slate-100">
        {faults.map((fault) => (
          <li key={fault.name} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-2.5">
            <div className="min-w-64 flex-1">
              <p className="flex items-center gap-2">
                <code className="font-mono text-sm font-semibold">{fault.name}</code>
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-semibold ${
                    fault.active ? "bg-rose-600 text-white" : "bg-slate-100 text-slate-500"
                  }`}
                >
                  {fault.active ? `on${fault.ms !== undefined ? ` · ${fault.ms} ms` : ""}` : "off"}
                </span>
                <span className="text-xs text-slate-500">{sourceText[fault.source]}</span>
              </p>
              <p className="text-sm text-slate-600">{faultDescriptions[fault.name]}</p>
            </div>
            <form action={switchFaultAction} className="flex items-center gap-2">
              <input type="hidden" name="name" value={fault.name} />
              {defaultFaultMs[fault.name] !== undefined ? (
                <label className="flex items-center gap-1 text-xs text-slate-600">
                  ms
                  <input
                    name="ms"
                    inputMode="numeric"
                    placeholder={String(defaultFaultMs[fault.name])}
                    aria-label={`Delay of ${fault.name} in milliseconds`}
                    className="w-20 rounded border border-slate-300 px-1.5 py-1 text-sm"
                  />
                </label>
              ) : null}
              <button
                type="submit"
                name="mode"
                value="on"
                aria-label={`Turn on ${fault.name}`}
                className="rounded-md border border-rose-300 px-3 py-1 text-sm font-semibold text-rose-700 hover:bg-rose-50"
              >
                On
              </button>
              <button
                type="submit"
                name="mode"
                value="off"
                aria-label={`Turn off ${fault.name}`}
                className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50"
              >
                Off
              </button>
              {fault.source === "console" ? (
                <button
                  type="submit"
                  name="mode"
                  value="env"
                  aria-label={`Reset ${fault.name} to environment`}
                  className="px-2 py-1 text-sm text-slate-500 underline"
                >
                  Reset
                </button>
              ) : null}
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
