"use client";

/** The browser's own print dialog; staff can equally press Ctrl/Cmd+P. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white">
      Print
    </button>
  );
}
