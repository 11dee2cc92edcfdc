/** One panel of a back-office page: a section named by its own heading. */
export function AdminCard({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <h2 id={`${id}-heading`} className="mb-2 font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
