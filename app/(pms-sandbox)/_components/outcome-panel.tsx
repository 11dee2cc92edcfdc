import type { Dictionary } from "@pms-kit/sandbox/dictionaries";
import type { GwRefStatus } from "@pms-kit/sandbox/status";

// Drawn, not typed: a system may lack the font for symbols such as ⏱.
const tone: Record<GwRefStatus, { path: string; className: string }> = {
  "01": { path: "M5 12.5l4.5 4.5L19 7.5", className: "bg-emerald-100 text-emerald-800" },
  "02": { path: "M7 7l10 10M17 7L7 17", className: "bg-rose-100 text-rose-800" },
  "03": { path: "M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16M12 8v4.5l3 2", className: "bg-amber-100 text-amber-900" },
  "04": { path: "M8 8H15a4.5 4.5 0 0 1 0 9H9M8 8l3-3M8 8l3 3", className: "bg-sky-100 text-sky-800" },
  "05": { path: "M7 12h.01M12 12h.01M17 12h.01", className: "bg-slate-100 text-slate-700" },
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
        className={`flex h-14 w-14 items-center justify-center rounded-full ${tone[status].className}`}
      >
        <svg viewBox="0 0 24 24" className="h-7 w-7" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
          <path d={tone[status].path} />
        </svg>
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
