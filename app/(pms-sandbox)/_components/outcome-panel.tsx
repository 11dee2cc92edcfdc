import type { Dictionary } from "@/lib/pms-sandbox/dictionaries";
import type { GwRefStatus } from "@/lib/pms-sandbox/status";

const tone: Record<GwRefStatus, { mark: string; className: string }> = {
  "01": { mark: "✓", className: "bg-emerald-100 text-emerald-800" },
  "02": { mark: "✕", className: "bg-rose-100 text-rose-800" },
  "03": { mark: "⏱", className: "bg-amber-100 text-amber-900" },
  "04": { mark: "↺", className: "bg-sky-100 text-sky-800" },
  "05": { mark: "…", className: "bg-slate-100 text-slate-700" },
};

/** A final payment's outcome, shown instead of the controls. */
export function OutcomePanel({
  dictionary,
  status,
  returnHref,
  note,
}: {
  dictionary: Dictionary;
  status: GwRefStatus;
  returnHref?: string;
  note?: string;
}) {
  const t = dictionary.page;
  return (
    <div className="flex flex-col items-center gap-4 py-4 text-center">
      <span
        aria-hidden="true"
        className={`flex h-14 w-14 items-center justify-center rounded-full text-2xl font-bold ${tone[status].className}`}
      >
        {tone[status].mark}
      </span>
      <h2 className="text-xl font-semibold" role="status" data-testid="pms-outcome" data-status={status}>
        {t.status[status]}
      </h2>
      {note ? <p className="max-w-sm text-sm text-slate-600">{note}</p> : null}
      {returnHref ? (
        <a href={returnHref} className="rounded-lg bg-slate-900 px-5 py-2.5 font-semibold text-white hover:bg-slate-800">
          {t.returnToMerchant}
        </a>
      ) : null}
    </div>
  );
}
