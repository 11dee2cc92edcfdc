/** Placeholders while a page's data loads: the shapes of what is coming, hidden from screen readers. */
export function GridSkeleton({ count = 6, heading = true }: { count?: number; heading?: boolean }) {
  return (
    <div aria-hidden="true" className="flex animate-pulse flex-col gap-6">
      {heading && <div className="h-28 rounded-3xl bg-stone-200" />}
      <div className="h-8 w-full rounded-full bg-stone-200" />
      <ul className="grid grid-cols-2 gap-3 sm:gap-6 lg:grid-cols-3">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} className="rounded-2xl border border-stone-200 bg-white">
            <div className="aspect-square rounded-t-2xl bg-stone-200" />
            <div className="m-4 h-4 w-2/3 rounded bg-stone-200" />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ProductSkeleton() {
  return (
    <div aria-hidden="true" className="grid animate-pulse gap-8 md:grid-cols-2">
      <div className="aspect-square rounded-3xl bg-stone-200" />
      <div className="flex flex-col gap-5">
        <div className="h-4 w-32 rounded bg-stone-200" />
        <div className="h-8 w-3/4 rounded bg-stone-200" />
        <div className="h-20 rounded bg-stone-200" />
        <div className="h-8 w-24 rounded bg-stone-200" />
        <div className="h-11 w-48 rounded-full bg-stone-200" />
      </div>
    </div>
  );
}
