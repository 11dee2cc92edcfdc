const styles: Record<string, string> = {
  "01": "bg-emerald-100 text-emerald-800",
  "02": "bg-rose-100 text-rose-800",
  "03": "bg-amber-100 text-amber-900",
  "04": "bg-sky-100 text-sky-800",
  "05": "bg-slate-200 text-slate-700",
  delivered: "bg-emerald-100 text-emerald-800",
  failed: "bg-rose-100 text-rose-800",
  dropped: "bg-amber-100 text-amber-900",
  pending: "bg-slate-200 text-slate-700",
};

const labels: Record<string, string> = {
  "01": "01 success",
  "02": "02 failure",
  "03": "03 timeout",
  "04": "04 refunded",
  "05": "05 pending",
};

export function StatusBadge({ value }: { value: string }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${styles[value] ?? styles.pending}`}>
      {labels[value] ?? value}
    </span>
  );
}
